package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.jsonschema.JsonSchemaCompiler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** One validator shared by many threads gives each the right answer (parsers are per thread, never shared). */
class ConcurrencyTests {

  private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"maximum\":500}},"
      + "\"required\":[\"n\"]}";

  @RunnerSource
  @Timeout(60)
  void givesEveryPlatformThreadItsOwnParser(Runner runner) throws Exception {
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      check(runner, threads);
    }
  }

  @RunnerSource
  @Timeout(60)
  void borrowsParsersOnVirtualThreads(Runner runner) throws Exception {
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      check(runner, threads);
    }
  }

  private static void check(Runner runner, ExecutorService threads) throws Exception {
    JsonValidator validator = JsonSchemaCompiler.compile(SCHEMA,
        ValidationOptions.builder().runner(runner).maxBodyBytes(4096).build());
    List<Future<Boolean>> results = new ArrayList<>();
    for (int task = 0; task < 200; task++) {
      int n = task * 5;
      results.add(threads.submit(() -> {
        byte[] json = ("{\"pad\":\"" + "x".repeat(n % 97) + "\",\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
        boolean ok = true;
        for (int i = 0; i < 20; i++) {
          ValidationResult result = validator.validate(json, json.length);
          ok &= result.isValid() == (n <= 500);
        }
        return ok;
      }));
    }
    for (Future<Boolean> result : results) {
      assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
