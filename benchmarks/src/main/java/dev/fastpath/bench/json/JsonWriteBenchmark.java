package dev.fastpath.bench.json;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.autoconfigure.web.write.BodyWriter;
import dev.fastpath.bench.dispatch.InMemoryExchange;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.routing.RouteMatch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing a controller's return value as a JSON response body, three ways, with one {@link JsonMapper}:
 *
 * <ul>
 *   <li>{@link #jacksonToBytes()}: the baseline, {@code JsonMapper.writeValueAsBytes} (what a hand-written
 *       server such as the raw-netty anchor does before wrapping the array);
 *   <li>{@link #fastpathBodyWriter()}: what Fastpath's compiled controller routes do today: a fresh
 *       {@link WebExchange}, {@link BodyWriter#write} (content negotiation, {@code Content-Type}, then
 *       {@code writeValueAsBytes}), and the engine's copy of the array into a pooled direct buffer (the engine
 *       writes array bodies behind the response head in one {@code ioBuffer});
 *   <li>{@link #jacksonToPooledBuffer()}: serializing straight into a pooled direct {@link ByteBuf} through a
 *       {@link ByteBufOutputStream}, as {@code docs/architecture.md}'s way of one request intends (step 6), with no
 *       intermediate array; the difference to {@code fastpathBodyWriter} is what that change would save.
 * </ul>
 *
 * <p>Run: {@code benchmarks/run-jmh.sh JsonWrite}; {@code JsonWriteBenchmarkTests} checks that all three produce the
 * same bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dio.netty.leakDetection.level=disabled", "--add-modules", "jdk.incubator.vector"})
public class JsonWriteBenchmark {

  /** Room the engine reserves for the response head in front of an array body. */
  private static final int HEAD_ESTIMATE = 128;

  private static final String[] NO_HEADERS = {};

  @Param({"MESSAGE", "USER", "USERS_100"})
  public JsonPayload payload;

  private final JsonMapper mapper = JsonMapper.builder().build();

  private final ByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;

  private BodyWriter bodyWriter;

  private InMemoryExchange exchange;

  private Object value;

  @Setup
  public void setUp() {
    this.value = this.payload.value();
    this.bodyWriter = new BodyWriter(this.mapper);
    this.exchange = new InMemoryExchange(HttpMethod.GET, "/json", NO_HEADERS, new byte[0], new RouteMatch());
  }

  /** Jackson 3 to a {@code byte[]}: the baseline. */
  @Benchmark
  public byte[] jacksonToBytes() {
    return this.mapper.writeValueAsBytes(this.value);
  }

  /** Fastpath's controller path: {@code BodyWriter}, then the engine's copy into a pooled direct buffer. */
  @Benchmark
  public int fastpathBodyWriter() throws HttpMediaTypeNotAcceptableException {
    ByteBuf out = bodyWriterBuffer();
    int written = out.readableBytes();
    out.release();
    return written;
  }

  /** Jackson 3 straight into a pooled direct buffer. */
  @Benchmark
  public int jacksonToPooledBuffer() throws IOException {
    ByteBuf out = pooledBuffer();
    int written = out.readableBytes();
    out.release();
    return written;
  }

  /** {@link #fastpathBodyWriter()}'s buffer, body only; the caller releases it. */
  ByteBuf bodyWriterBuffer() throws HttpMediaTypeNotAcceptableException {
    this.exchange.reset();
    this.bodyWriter.write(new WebExchange(this.exchange, this.exchange), 200, null, this.value, null);
    byte[] body = this.exchange.sent();
    if (body == null) {
      throw new IllegalStateException("BodyWriter sent nothing for " + this.payload);
    }
    ByteBuf out = this.alloc.ioBuffer(HEAD_ESTIMATE + body.length);
    out.writerIndex(HEAD_ESTIMATE).readerIndex(HEAD_ESTIMATE);
    out.writeBytes(body);
    return out;
  }

  /** {@link #jacksonToPooledBuffer()}'s buffer; the caller releases it. */
  ByteBuf pooledBuffer() throws IOException {
    ByteBuf out = this.alloc.ioBuffer();
    try (OutputStream stream = new ByteBufOutputStream(out)) {
      this.mapper.writeValue(stream, this.value);
    } catch (RuntimeException | IOException ex) {
      out.release();
      throw ex;
    }
    return out;
  }

  /** The {@code Content-Type} the body writer chose. */
  String contentType() {
    String type = this.exchange.header("Content-Type");
    return type != null ? type : "";
  }
}
