package dev.fastpath.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.autoconfigure.web.sample.SampleServers;
import dev.fastpath.autoconfigure.web.validation.BeanValidationApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code fastpath.validation.bean-validation-fallback=true}: {@code @Valid} bodies without a precompiled
 * validator are validated by the application's Bean Validation validator, with Spring MVC's exact
 * errors (same order too: the same Hibernate Validator runs). Without the property, start-up fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class BeanValidationFallbackDifferentialTests {

  private static final String[] PROPERTIES = {"spring.web.error.include-message=always",
      "spring.web.error.include-binding-errors=always", "fastpath.validation.bean-validation-fallback=true"};

  private ConfigurableApplicationContext mvc;
  private ConfigurableApplicationContext fastpath;

  @BeforeAll
  void start() {
    this.mvc = SampleServers.springMvc(BeanValidationApplication.class, PROPERTIES);
    this.fastpath = SampleServers.fastpath(BeanValidationApplication.class, PROPERTIES);
  }

  @AfterAll
  void stop() {
    if (this.fastpath != null) {
      this.fastpath.close();
    }
    if (this.mvc != null) {
      this.mvc.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.fastpath.autoconfigure.web.ValidationDifferentialTests#cases")
  void validatesAsSpringMvc(DifferentialCase testCase) throws Exception {
    DifferentialSupport.assertSameAnswer(testCase, SampleServers.port(this.mvc), SampleServers.port(this.fastpath),
        true);
  }

  @Test
  void withoutTheFallbackStartUpFailsNamingTheParameter() {
    assertThatThrownBy(() -> SampleServers.fastpath(BeanValidationApplication.class).close())
        .hasStackTraceContaining("OrderController#create(Order) parameter 0 (order)")
        .hasStackTraceContaining("validation of request bodies needs a precompiled validator");
  }
}
