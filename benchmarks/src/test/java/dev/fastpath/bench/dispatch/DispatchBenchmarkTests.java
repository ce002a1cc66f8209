package dev.fastpath.bench.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark fixtures do the work they claim to measure, and both dispatchers answer alike. */
class DispatchBenchmarkTests {

  private final DispatchBenchmark benchmark = new DispatchBenchmark();

  @BeforeEach
  void start() throws Exception {
    this.benchmark.start();
  }

  @AfterEach
  void stop() {
    this.benchmark.stop();
  }

  @Test
  void bothDispatchersServeTheUser() throws Exception {
    String fastpath = new String(this.benchmark.fastpathGetUser(), StandardCharsets.UTF_8);
    assertThat(fastpath).isEqualTo("{\"id\":42,\"name\":\"user-42\"}");
    assertThat(new String(this.benchmark.springMvcGetUser(), StandardCharsets.UTF_8)).isEqualTo(fastpath);
  }

  @Test
  void bothDispatchersBindTheOrder() throws Exception {
    String fastpath = new String(this.benchmark.fastpathPostOrder(), StandardCharsets.UTF_8);
    assertThat(fastpath).isEqualTo("{\"customerId\":\"c-1\",\"lines\":3,\"quantity\":6}");
    assertThat(new String(this.benchmark.springMvcPostOrder(), StandardCharsets.UTF_8)).isEqualTo(fastpath);
  }
}
