package dev.fastpath.transport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client connection that writes raw bytes and parses responses by hand: for malformed, pipelined,
 * HTTP/1.0 and slow requests that a real client would not send.
 */
final class RawConnection implements AutoCloseable {

  private final AutoCloseable socket;
  private final InputStream in;
  private final OutputStream out;

  private RawConnection(AutoCloseable socket, InputStream in, OutputStream out) {
    this.socket = socket;
    this.in = new BufferedInputStream(in);
    this.out = out;
  }

  static RawConnection tcp(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    socket.setSoTimeout(5000);
    socket.setTcpNoDelay(true);
    return new RawConnection(socket, socket.getInputStream(), socket.getOutputStream());
  }

  static RawConnection unix(UnixDomainSocketAddress address) throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    channel.connect(address);
    return new RawConnection(channel, Channels.newInputStream(channel), Channels.newOutputStream(channel));
  }

  RawConnection send(String ascii) throws IOException {
    return send(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  RawConnection send(byte[] bytes) throws IOException {
    this.out.write(bytes);
    this.out.flush();
    return this;
  }

  /** Half-closes: the server sees the end of the request stream but can still answer. */
  RawConnection shutdownOutput() throws IOException {
    if (this.socket instanceof Socket tcp) {
      tcp.shutdownOutput();
    } else {
      ((SocketChannel) this.socket).shutdownOutput();
    }
    return this;
  }

  RawResponse readResponse() throws IOException {
    return readResponse(false);
  }

  /** Reads one response; {@code headRequest}: it answers a HEAD request, so no body follows. */
  RawResponse readResponse(boolean headRequest) throws IOException {
    String statusLine = readLine();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String line;
    while (!(line = readLine()).isEmpty()) {
      int colon = line.indexOf(':');
      headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    byte[] body = readBody(headRequest, status, headers);
    return new RawResponse(statusLine, status, headers, body);
  }

  private byte[] readBody(boolean headRequest, int status, Map<String, List<String>> headers) throws IOException {
    if (headRequest || status < 200 || status == 204 || status == 304) {
      return new byte[0];
    }
    List<String> length = headers.get("content-length");
    if (length != null) {
      return this.in.readNBytes(Integer.parseInt(length.getFirst()));
    }
    List<String> coding = headers.get("transfer-encoding");
    if (coding != null && coding.getLast().equalsIgnoreCase("chunked")) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (;;) {
        int size = Integer.parseInt(readLine().split(";")[0].trim(), 16);
        if (size == 0) {
          while (!readLine().isEmpty()) {
            // trailer fields
          }
          return body.toByteArray();
        }
        body.write(this.in.readNBytes(size));
        readLine();
      }
    }
    return this.in.readAllBytes();
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = this.in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("connection closed after: " + line);
      }
      line.append((char) b);
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }

  /** Whether the server closed the connection (reading gives end of stream or a reset) within 5 s. */
  boolean closedByPeer() throws IOException {
    try {
      return this.in.read() < 0;
    } catch (SocketTimeoutException ex) {
      return false;
    } catch (SocketException ex) {
      return true;
    }
  }

  @Override
  public void close() throws Exception {
    this.socket.close();
  }

  /** A parsed response; header names are lower case. */
  record RawResponse(String statusLine, int status, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
      List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.getFirst();
    }

    String bodyText() {
      return new String(this.body, StandardCharsets.UTF_8);
    }
  }
}
