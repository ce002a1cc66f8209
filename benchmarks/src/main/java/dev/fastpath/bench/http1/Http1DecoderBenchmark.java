package dev.fastpath.bench.http1;

import dev.fastpath.http1.Http1DecodeFailure;
import dev.fastpath.http1.Http1Request;
import dev.fastpath.http1.Http1RequestDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequestDecoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decodes the same bytes with Fastpath's {@link Http1RequestDecoder} and with Netty's
 * {@link HttpRequestDecoder} + {@link HttpObjectAggregator} (the pipeline the walking skeleton uses).
 *
 * <p>Each side runs in its own {@link EmbeddedChannel} created once; an operation fires one read of the
 * fixture (a retained duplicate of a pooled direct buffer, like a socket read) straight into the
 * pipeline and a sink handler at its end reads what a server reads of every request (method, target,
 * {@code Host}, body length) and releases it. Both sides pay the same channel overhead, so the
 * difference is the codec. Both channels allocate from {@link PooledByteBufAllocator#DEFAULT}, and leak
 * detection is off. {@link #setUp()} checks each decode against the fixture before measuring.
 * {@link ThreadCpuTime} adds the thread's CPU time per operation ({@code cpuNsPerOp}) to the results,
 * which on a loaded shared machine compares the two more fairly than the wall-clock score.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar Http1 -prof gc -f 1 -wi 3 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dio.netty.leakDetection.level=disabled", "--add-modules", "jdk.incubator.vector"})
public class Http1DecoderBenchmark {

  @Param({"BROWSER_GET", "PIPELINED_16", "POST_JSON"})
  public Http1Fixtures fixture;

  private ByteBuf input;
  private EmbeddedChannel fastpath;
  private EmbeddedChannel netty;
  private Sink fastpathSink;
  private Sink nettySink;

  @Setup(Level.Trial)
  public void setUp() {
    byte[] bytes = this.fixture.bytes();
    this.input = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length).writeBytes(bytes);
    this.fastpathSink = new Sink(this.fixture);
    this.fastpath = channel(new Http1RequestDecoder(), this.fastpathSink);
    this.nettySink = new Sink(this.fixture);
    this.netty = channel(new HttpRequestDecoder(), new HttpObjectAggregator(2 * 1024 * 1024), this.nettySink);
    check(fastpath(), this.fastpathSink, "fastpath");
    check(netty(), this.nettySink, "netty");
    this.fastpathSink.checking = false;
    this.nettySink.checking = false;
  }

  private static EmbeddedChannel channel(io.netty.channel.ChannelHandler... handlers) {
    EmbeddedChannel channel = new EmbeddedChannel();
    channel.config().setAllocator(PooledByteBufAllocator.DEFAULT);
    channel.pipeline().addLast(handlers);
    return channel;
  }

  /** One decode must yield exactly the fixture's requests, each with its path and body length. */
  private void check(int requests, Sink sink, String side) {
    if (requests != this.fixture.requests() || sink.mismatches != 0) {
      throw new IllegalStateException(side + " decoded " + requests + " requests of " + this.fixture + " (expected "
          + this.fixture.requests() + ") with " + sink.mismatches + " wrong paths or bodies");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    this.fastpath.finishAndReleaseAll();
    this.netty.finishAndReleaseAll();
    this.input.release();
  }

  @Benchmark
  public int fastpath(ThreadCpuTime cpu) {
    cpu.count();
    return fastpath();
  }

  @Benchmark
  public int netty(ThreadCpuTime cpu) {
    cpu.count();
    return netty();
  }

  /** One read through the Fastpath pipeline; the number of requests the sink saw. */
  public int fastpath() {
    return read(this.fastpath, this.fastpathSink);
  }

  /** One read through the Netty pipeline; the number of requests the sink saw. */
  public int netty() {
    return read(this.netty, this.nettySink);
  }

  private int read(EmbeddedChannel channel, Sink sink) {
    int before = sink.requests;
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.fireChannelRead(this.input.retainedDuplicate());
    pipeline.fireChannelReadComplete();
    return sink.requests - before;
  }

  /** Reads what a server reads of each request, then releases it; checks it against the fixture on demand. */
  static final class Sink extends ChannelInboundHandlerAdapter {

    private final Http1Fixtures fixture;
    int requests;
    long checksum;
    boolean checking = true;
    int mismatches;

    Sink(Http1Fixtures fixture) {
      this.fixture = fixture;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof Http1Request request) {
        try {
          String host = request.get("Host");
          this.checksum += request.method().ordinal() + request.uri().length() + (host != null ? host.length() : 0)
              + request.length();
          if (this.checking) {
            verify(request.path(), request.length(), true);
          }
        } finally {
          request.release();
        }
      } else if (msg instanceof FullHttpRequest request) {
        try {
          String host = request.headers().get(HttpHeaderNames.HOST);
          this.checksum += request.method().name().length() + request.uri().length()
              + (host != null ? host.length() : 0) + request.content().readableBytes();
          if (this.checking) {
            String uri = request.uri();
            int query = uri.indexOf('?');
            verify(query < 0 ? uri : uri.substring(0, query), request.content().readableBytes(),
                request.decoderResult().isSuccess());
          }
        } finally {
          request.release();
        }
      } else if (msg instanceof Http1DecodeFailure failure) {
        throw new IllegalStateException("fixture refused: " + failure);
      } else {
        throw new IllegalStateException("unexpected message " + msg);
      }
      this.requests++;
    }

    private void verify(String path, int bodyLength, boolean success) {
      if (!success || !path.equals(this.fixture.path()) || bodyLength != this.fixture.bodyLength()) {
        this.mismatches++;
      }
    }
  }
}
