package dev.fastpath.bench.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.dto.BindResult;
import org.junit.jupiter.api.Test;

/** The DTO benchmark's fixtures are valid for both sides and bind to equal objects, so both do the same work. */
class DtoValidationBenchmarkTests {

  @Test
  void everyFixtureBindsToTheSameObjectAsJackson() {
    for (String document : new String[] {"order1", "order100", "customers10k"}) {
      DtoValidationBenchmark benchmark = new DtoValidationBenchmark();
      benchmark.document = document;
      benchmark.runner = "auto";
      benchmark.setUp();
      assertThat(benchmark.jacksonBindAndValidate()).isZero();
      assertThat(benchmark.fastpathValidate()).isInstanceOf(BindResult.Validated.class);
      BindResult<?> bound = benchmark.fastpathValidateAndBind();
      assertThat(bound).isInstanceOf(BindResult.Bound.class);
      assertThat(((BindResult.Bound<?>) bound).value()).isEqualTo(benchmark.jacksonBind());
      assertThat(((BindResult.Bound<?>) benchmark.fastpathBind()).value()).isEqualTo(benchmark.jacksonBind());
    }
  }
}
