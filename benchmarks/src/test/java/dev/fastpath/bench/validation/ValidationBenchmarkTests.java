package dev.fastpath.bench.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixtures are valid for both validators, so the benchmark compares equal work. */
class ValidationBenchmarkTests {

  @Test
  void everyFixtureIsValidForBothValidators() {
    for (String document : new String[] {"order1", "order100", "customers10k"}) {
      ValidationBenchmark benchmark = new ValidationBenchmark();
      benchmark.document = document;
      benchmark.runner = "auto";
      benchmark.setUp();
      assertThat(benchmark.fastpath()).isTrue();
      assertThat(benchmark.networknt()).isTrue();
    }
    assertThat(ValidationFixtures.customers().length).isBetween(9_000, 12_000);
  }
}
