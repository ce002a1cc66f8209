package dev.fastpath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fastpath.http.HttpMethod;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The hot path allocates nothing: after a warm-up (scratch buffers and regex matchers are created on
 * first use), lookups that hit, miss, answer 405/OPTIONS, fall back from HEAD, decode segments or run
 * regexes leave the thread's allocation counter (all but) unchanged. JMH ({@code RouterBenchmark -prof gc})
 * confirms it for compiled code; this test also covers interpreted code.
 */
class RouterAllocationTests {

  @Test
  void lookupAllocatesNothingOnceWarm() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
        && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled());
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Router router = RouterTests.router("GET /users", "GET /users/{id}", "POST /users/new", "GET /users/{id:\\d+}/posts",
        "GET /files/{name}.{ext}", "GET /files/t?st", "GET /static/{*path}", "DELETE /a/{x}", "GET /**/meta");
    String[] requests = {"GET /users", "GET /users/42", "HEAD /users/42", "GET /users/new", "PUT /users/new",
        "OPTIONS /users/42", "GET /users/42/posts", "GET /users/x/posts", "GET /files/a.b.txt", "GET /files/test",
        "GET /files/caf%C3%A9.txt", "GET /static/a/b;v=1/c", "GET /nothing/here", "GET /a/b", "GET /x/y/meta",
        "GET /users/%C3%A9%20x", "GET /users/j;jsessionid=1"};
    HttpMethod[] methods = new HttpMethod[requests.length];
    byte[][] paths = new byte[requests.length][];
    for (int i = 0; i < requests.length; i++) {
      String[] parts = requests[i].split(" ", 2);
      methods[i] = HttpMethod.valueOf(parts[0]);
      paths[i] = parts[1].getBytes(StandardCharsets.UTF_8);
    }
    RouteMatch match = new RouteMatch();
    int found = lookups(router, methods, paths, match, 200);
    long before = threads.getCurrentThreadAllocatedBytes();
    found += lookups(router, methods, paths, match, 500);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // Any allocation per lookup would cost at least 16 bytes each time; allow only a one-off (the JIT
    // deoptimizing a method while it tiers up can materialize a few dozen bytes once).
    assertThat(allocated).isLessThan(500L * paths.length / 16);
    assertThat(found).isEqualTo(700 * 12);
    // The counter does see allocations: reading variables as a map allocates.
    before = threads.getCurrentThreadAllocatedBytes();
    assertThat(match.variables()).isNotNull();
    assertThat(threads.getCurrentThreadAllocatedBytes() - before).isPositive();
  }

  private static int lookups(Router router, HttpMethod[] methods, byte[][] paths, RouteMatch match, int rounds) {
    int found = 0;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < paths.length; i++) {
        if (router.find(methods[i], paths[i], 0, paths[i].length, match)) {
          found++;
        }
      }
    }
    return found;
  }
}
