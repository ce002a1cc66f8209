import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens N keep-alive connections to one server, sends one {@code GET /plaintext} on each and reads its answer
 * (so every connection has served a request and sits idle in keep-alive), holds them, and then measures the
 * server: RSS ({@code VmRSS}/{@code VmHWM} from {@code /proc/<pid>/status}) and heap used after a full GC
 * ({@code jcmd <pid> GC.run}, then {@code GC.heap_info}), before and while the connections are held; the time a
 * fresh connection takes to get its answer while they are held (median and max of up to 20, 2 s timeout each);
 * and at the end how many of the held connections still answer a second request.
 *
 * <pre>java IdleConnections.java &lt;pid&gt; &lt;port&gt; [connections=10000] [jcmd=jcmd] [histogram-prefix]</pre>
 *
 * Prints {@code key=value} lines; {@code RESULT} is one tab-separated line for the summary table. Run by
 * {@code idle-connections.sh}, which starts and pins the server and raises the open-files limit.
 */
public class IdleConnections {

  private static final byte[] REQUEST =
      "GET /plaintext HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final long CONNECT_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(20);
  private static final long ANSWER_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(20);

  public static void main(String[] args) throws Exception {
    long pid = Long.parseLong(args[0]);
    int port = Integer.parseInt(args[1]);
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    String jcmd = args.length > 3 ? args[3] : "jcmd";
    // optional: write GC.class_histogram before and while held to <prefix>-before.txt / <prefix>-held.txt
    String histogram = args.length > 4 ? args[4] : null;
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);

    for (int i = 0; i < 200; i++) {
      fresh(address); // warm the server's request path before the baseline
    }
    long[] before = measure(pid, jcmd);
    print("before", before);
    if (histogram != null) {
      Files.writeString(Path.of(histogram + "-before.txt"), run(jcmd, String.valueOf(pid), "GC.class_histogram"));
    }

    long t0 = System.nanoTime();
    List<SocketChannel> held = open(address, count);
    long opened = held.size();
    int answered = requestAll(held);
    System.out.printf("opened=%d answered=%d open_seconds=%.1f%n", opened, answered,
        (System.nanoTime() - t0) / 1e9);
    Thread.sleep(2000); // let the server settle (buffers released after the last read)

    // Fresh requests first: servers close idle connections after a timeout (Fastpath and Tomcat: 60 s), so
    // the whole test must stay well inside it. Three failures in a row end the tries (a connection limit).
    double[] fresh = new double[20];
    int freshFailed = 0;
    int tries = 0;
    for (int inRow = 0; tries < fresh.length && inRow < 3; tries++) {
      try {
        fresh[tries] = fresh(address);
        inRow = 0;
      } catch (IOException ex) {
        fresh[tries] = Double.NaN;
        freshFailed++;
        inRow++;
        System.out.println("fresh_error=" + ex);
      }
    }
    double[] sorted = Arrays.stream(fresh, 0, tries).filter(d -> !Double.isNaN(d)).sorted().toArray();
    double median = sorted.length > 0 ? sorted[sorted.length / 2] : Double.NaN;
    double max = sorted.length > 0 ? sorted[sorted.length - 1] : Double.NaN;
    System.out.printf("fresh_ms_median=%.2f fresh_ms_max=%.2f fresh_failed=%d of %d%n", median, max, freshFailed,
        tries);
    long[] during = measure(pid, jcmd);
    print("held", during);
    if (histogram != null) {
      Files.writeString(Path.of(histogram + "-held.txt"), run(jcmd, String.valueOf(pid), "GC.class_histogram"));
    }
    int stillAnswering = requestAll(held);
    System.out.println("still_answering=" + stillAnswering);

    double rssPerConn = answered > 0 ? (during[0] - before[0]) * 1024.0 / answered : Double.NaN;
    double heapPerConn = answered > 0 ? (during[2] - before[2]) * 1024.0 / answered : Double.NaN;
    System.out.printf("RESULT\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.0f\t%.0f\t%.2f\t%.2f\t%d/%d%n", count, answered,
        stillAnswering, before[0], during[0], before[2], during[2], rssPerConn, heapPerConn, median, max,
        freshFailed, tries);
    for (SocketChannel channel : held) {
      channel.close();
    }
  }

  /** RSS (KiB), peak RSS (KiB), heap used after a full GC (KiB). */
  private static long[] measure(long pid, String jcmd) throws Exception {
    run(jcmd, String.valueOf(pid), "GC.run");
    String heap = run(jcmd, String.valueOf(pid), "GC.heap_info");
    long used = 0;
    for (String line : heap.split("\n")) {
      if (line.contains("Metaspace") || line.contains("class space")) {
        continue;
      }
      Matcher matcher = USED.matcher(line);
      if (line.contains("total") && matcher.find()) {
        used += Long.parseLong(matcher.group(1));
      }
    }
    long rss = 0;
    long hwm = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line);
      } else if (line.startsWith("VmHWM:")) {
        hwm = kib(line);
      }
    }
    return new long[] {rss, hwm, used};
  }

  private static long kib(String statusLine) {
    return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
  }

  private static void print(String label, long[] values) {
    System.out.printf("%s_rss_kib=%d %s_hwm_kib=%d %s_heap_used_kib=%d%n", label, values[0], label, values[1],
        label, values[2]);
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  /** Opens up to {@code count} connections (non-blocking connects, bounded wait); returns the connected ones. */
  private static List<SocketChannel> open(InetSocketAddress address, int count) throws IOException {
    List<SocketChannel> connected = new ArrayList<>(count);
    try (Selector selector = Selector.open()) {
      int pending = 0;
      int started = 0;
      long deadline = System.nanoTime() + CONNECT_TIMEOUT_NS;
      while ((started < count || pending > 0) && System.nanoTime() < deadline) {
        // at most 512 connects in flight: the server's accept backlog is not flooded
        while (started < count && pending < 512) {
          SocketChannel channel = SocketChannel.open();
          channel.configureBlocking(false);
          channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
          if (channel.connect(address)) {
            connected.add(channel);
          } else {
            channel.register(selector, SelectionKey.OP_CONNECT);
            pending++;
          }
          started++;
        }
        selector.select(100);
        for (SelectionKey key : selector.selectedKeys()) {
          SocketChannel channel = (SocketChannel) key.channel();
          key.cancel();
          pending--;
          try {
            if (channel.finishConnect()) {
              connected.add(channel);
            }
          } catch (IOException ex) {
            channel.close();
          }
        }
        selector.selectedKeys().clear();
        selector.selectNow();
      }
      for (SelectionKey key : selector.keys()) {
        key.channel().close(); // connects that never completed
      }
    }
    for (SocketChannel channel : connected) {
      channel.configureBlocking(true);
    }
    return connected;
  }

  /**
   * Sends one request on every connection and reads every answer (a whole response: head plus
   * Content-Length bytes). Returns how many were answered within the timeout.
   */
  private static int requestAll(List<SocketChannel> channels) throws IOException {
    int answered = 0;
    try (Selector selector = Selector.open()) {
      for (SocketChannel channel : channels) {
        if (!channel.isOpen()) {
          continue;
        }
        channel.configureBlocking(false);
        try {
          channel.write(ByteBuffer.wrap(REQUEST));
          channel.register(selector, SelectionKey.OP_READ, new Response());
        } catch (IOException ex) {
          channel.close();
        }
      }
      long deadline = System.nanoTime() + ANSWER_TIMEOUT_NS;
      ByteBuffer buffer = ByteBuffer.allocate(4096);
      while (!selector.keys().isEmpty() && System.nanoTime() < deadline) {
        selector.select(100);
        for (SelectionKey key : selector.selectedKeys()) {
          SocketChannel channel = (SocketChannel) key.channel();
          Response response = (Response) key.attachment();
          buffer.clear();
          int read;
          try {
            read = channel.read(buffer);
          } catch (IOException ex) {
            read = -1;
          }
          if (read < 0) {
            key.cancel();
            channel.close();
            continue;
          }
          if (response.feed(buffer.array(), read)) {
            answered++;
            key.cancel();
          }
        }
        selector.selectedKeys().clear();
        selector.selectNow();
      }
      for (SelectionKey key : selector.keys()) {
        key.cancel();
      }
      selector.selectNow();
    }
    for (SocketChannel channel : channels) {
      if (channel.isOpen()) {
        channel.configureBlocking(true);
      }
    }
    return answered;
  }

  /** Milliseconds from connect to the whole answer, on a new connection (closed afterwards). */
  private static double fresh(InetSocketAddress address) throws IOException {
    long t0 = System.nanoTime();
    try (SocketChannel channel = SocketChannel.open()) {
      channel.socket().connect(address, 2000);
      channel.socket().setSoTimeout(2000);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.write(ByteBuffer.wrap(REQUEST));
      Response response = new Response();
      byte[] buffer = new byte[4096];
      var in = channel.socket().getInputStream();
      while (true) {
        int read = in.read(buffer);
        if (read < 0) {
          throw new IOException("closed before the answer");
        }
        if (response.feed(buffer, read)) {
          break;
        }
      }
      if (response.status != 200) {
        throw new IOException("status " + response.status);
      }
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  /** Collects one HTTP/1.1 response with a Content-Length body. */
  private static final class Response {
    private final StringBuilder head = new StringBuilder();
    private int bodyLeft = -1;
    int status;

    /** Returns true once the whole response has arrived. */
    boolean feed(byte[] bytes, int length) {
      int i = 0;
      if (this.bodyLeft < 0) {
        for (; i < length; i++) {
          this.head.append((char) (bytes[i] & 0xff));
          int n = this.head.length();
          if (n >= 4 && this.head.charAt(n - 1) == '\n' && this.head.charAt(n - 2) == '\r'
              && this.head.charAt(n - 3) == '\n' && this.head.charAt(n - 4) == '\r') {
            i++;
            String text = this.head.toString();
            this.status = Integer.parseInt(text.substring(9, 12));
            Matcher matcher = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(text);
            this.bodyLeft = matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
            break;
          }
        }
        if (this.bodyLeft < 0) {
          return false;
        }
      }
      this.bodyLeft -= length - i;
      return this.bodyLeft <= 0;
    }
  }
}
