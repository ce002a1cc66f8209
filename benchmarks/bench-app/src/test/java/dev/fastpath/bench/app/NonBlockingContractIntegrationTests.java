package dev.fastpath.bench.app;

import dev.fastpath.routing.ExecutionMode;
import org.springframework.boot.test.context.SpringBootTest;

/** The same contract checks with {@code bench.non-blocking=true}: the handlers on the event loop. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bench.non-blocking=true")
class NonBlockingContractIntegrationTests extends BenchAppContractIntegrationTests {

  @Override
  ExecutionMode expectedExecutionMode() {
    return ExecutionMode.EVENT_LOOP;
  }
}
