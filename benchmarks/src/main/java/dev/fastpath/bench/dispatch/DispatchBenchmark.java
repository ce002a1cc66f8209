package dev.fastpath.bench.dispatch;

import dev.fastpath.http.HttpMethod;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Route + bind + invoke + write of one controller call, without a network: {@code GET /users/{id}}
 * (path variable to {@code long}, record to JSON) and {@code POST /orders} (JSON body to records, record
 * to JSON), on Fastpath's compiled routes and on Spring MVC's {@code DispatcherServlet} in the same run.
 * Run with {@code -prof gc} for B/op. Results: {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DispatchBenchmark {

  private static final String[] JSON_HEADERS = {"Content-Type", "application/json"};
  private static final String[] NO_HEADERS = {};
  private static final byte[] NO_BODY = {};
  private static final byte[] ORDER = InMemoryExchange.utf8(Dispatchers.ORDER_JSON);

  private Dispatchers.Fastpath fastpath;
  private Dispatchers.SpringMvc springMvc;

  @Setup(Level.Trial)
  public void start() throws Exception {
    this.fastpath = new Dispatchers.Fastpath();
    this.springMvc = new Dispatchers.SpringMvc();
  }

  @TearDown(Level.Trial)
  public void stop() {
    this.fastpath.close();
    this.springMvc.close();
  }

  @Benchmark
  public byte[] fastpathGetUser() throws Exception {
    return this.fastpath.serve(HttpMethod.GET, "/users/42", NO_HEADERS, NO_BODY);
  }

  @Benchmark
  public byte[] springMvcGetUser() throws Exception {
    return this.springMvc.serve("GET", "/users/42", null, NO_BODY);
  }

  @Benchmark
  public byte[] fastpathPostOrder() throws Exception {
    return this.fastpath.serve(HttpMethod.POST, "/orders", JSON_HEADERS, ORDER);
  }

  @Benchmark
  public byte[] springMvcPostOrder() throws Exception {
    return this.springMvc.serve("POST", "/orders", "application/json", ORDER);
  }
}
