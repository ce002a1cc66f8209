package dev.fastpath.bench.routing;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.RouteMatch;
import dev.fastpath.routing.Router;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Route lookup over the GitHub API route set (203 routes): Fastpath's {@link Router} (raw path bytes in,
 * a reused {@link RouteMatch} out) against {@link SpringPathPatternLookup} (Spring's {@code PathPattern}
 * matching as Spring MVC applies it). Cases: a static route, a route with one, two and four variables,
 * and a sweep over all 203 routes (time per sweep). The {@code …Values} variants also decode every
 * variable to a {@code String}, which Spring always does.
 *
 * <p>{@code java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar Router -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RouterBenchmark {

  private static final String STATIC = "/user/repos";
  private static final String ONE_PARAM = "/users/julienschmidt";
  private static final String TWO_PARAMS = "/repos/julienschmidt/httprouter/stargazers";
  private static final String FOUR_PARAMS = "/legacy/issues/search/julienschmidt/httprouter/open/router";

  private Router router;
  private SpringPathPatternLookup spring;
  private final RouteMatch match = new RouteMatch();
  private List<GithubRoutes.Entry> routes;
  private HttpMethod[] allMethods;
  private byte[][] allPaths;
  private String[] allPathStrings;
  private final byte[] staticPath = bytes(STATIC);
  private final byte[] oneParamPath = bytes(ONE_PARAM);
  private final byte[] twoParamsPath = bytes(TWO_PARAMS);
  private final byte[] fourParamsPath = bytes(FOUR_PARAMS);

  @Setup
  public void setUp() {
    this.routes = GithubRoutes.load();
    Router.Builder builder = Router.builder();
    for (GithubRoutes.Entry route : this.routes) {
      builder.add(new Route(route.method(), route.template(), (request, response) -> { }, ExecutionMode.EVENT_LOOP));
    }
    this.router = builder.build();
    this.spring = new SpringPathPatternLookup(this.routes);
    this.allMethods = this.routes.stream().map(GithubRoutes.Entry::method).toArray(HttpMethod[]::new);
    this.allPathStrings = this.routes.stream().map(GithubRoutes.Entry::path).toArray(String[]::new);
    this.allPaths = this.routes.stream().map(e -> bytes(e.path())).toArray(byte[][]::new);
    verify();
  }

  /** Both sides must find the route each path was made from before anything is timed. */
  private void verify() {
    for (int i = 0; i < this.routes.size(); i++) {
      GithubRoutes.Entry route = this.routes.get(i);
      if (!find(this.allMethods[i], this.allPaths[i]) || !this.match.route().template().equals(route.template())) {
        throw new IllegalStateException("Fastpath: " + route + " -> " + this.match);
      }
      SpringPathPatternLookup.Result result = this.spring.lookup(route.method(), route.path());
      if (result == null || !result.mapping().pattern().getPatternString().equals(route.template())) {
        throw new IllegalStateException("Spring: " + route + " -> " + result);
      }
    }
  }

  private boolean find(HttpMethod method, byte[] path) {
    return this.router.find(method, path, 0, path.length, this.match);
  }

  private static byte[] bytes(String path) {
    return path.getBytes(StandardCharsets.US_ASCII);
  }

  @Benchmark
  public boolean fastpathStatic() {
    return find(HttpMethod.GET, this.staticPath);
  }

  @Benchmark
  public boolean fastpathOneParam() {
    return find(HttpMethod.GET, this.oneParamPath);
  }

  @Benchmark
  public boolean fastpathTwoParams() {
    return find(HttpMethod.GET, this.twoParamsPath);
  }

  @Benchmark
  public boolean fastpathFourParams() {
    return find(HttpMethod.GET, this.fourParamsPath);
  }

  @Benchmark
  public void fastpathFourParamsValues(Blackhole blackhole) {
    find(HttpMethod.GET, this.fourParamsPath);
    for (int i = 0; i < this.match.variableCount(); i++) {
      blackhole.consume(this.match.variableValue(i));
    }
  }

  @Benchmark
  public void fastpathAll(Blackhole blackhole) {
    for (int i = 0; i < this.allPaths.length; i++) {
      blackhole.consume(find(this.allMethods[i], this.allPaths[i]));
    }
  }

  @Benchmark
  public void fastpathAllValues(Blackhole blackhole) {
    for (int i = 0; i < this.allPaths.length; i++) {
      find(this.allMethods[i], this.allPaths[i]);
      for (int v = 0; v < this.match.variableCount(); v++) {
        blackhole.consume(this.match.variableValue(v));
      }
    }
  }

  @Benchmark
  public Object springStatic() {
    return this.spring.lookup(HttpMethod.GET, STATIC);
  }

  @Benchmark
  public Object springOneParam() {
    return this.spring.lookup(HttpMethod.GET, ONE_PARAM);
  }

  @Benchmark
  public Object springTwoParams() {
    return this.spring.lookup(HttpMethod.GET, TWO_PARAMS);
  }

  @Benchmark
  public Object springFourParams() {
    return this.spring.lookup(HttpMethod.GET, FOUR_PARAMS);
  }

  @Benchmark
  public void springAll(Blackhole blackhole) {
    for (int i = 0; i < this.allPathStrings.length; i++) {
      blackhole.consume(this.spring.lookup(this.allMethods[i], this.allPathStrings[i]));
    }
  }
}
