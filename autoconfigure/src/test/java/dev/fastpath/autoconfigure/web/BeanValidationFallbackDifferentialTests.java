package dev.fastpath.autoconfigure.web;

import static dev.fastpath.autoconfigure.web.DifferentialCase.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.autoconfigure.web.sample.SampleServers;
import dev.fastpath.autoconfigure.web.validation.BeanValidationApplication;
import java.util.List;
import java.util.stream.Stream;
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
 * errors (same order too: the same Hibernate Validator runs); the others keep the DTO compiler. Without the
 * property, start-up fails.
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

  static Stream<DifferentialCase> coupons() {
    return Stream.of(json("POST", "/coupons", "{\"code\":\"ABCD\"}"), json("POST", "/coupons", "{\"code\":\"ABC\"}"),
        json("POST", "/coupons", "{\"code\":7}"), json("POST", "/coupons", "{\"code\":"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coupons")
  void validatesCustomConstraintsWithBeanValidation(DifferentialCase testCase) throws Exception {
    DifferentialSupport.assertSameAnswer(testCase, SampleServers.port(this.mvc), SampleServers.port(this.fastpath),
        true);
  }

  @Test
  void listsWhichValidatorEachRouteUses() {
    List<RouteDescription> routes = this.fastpath.getBean(ControllerRoutes.class).routes();
    assertThat(routes).filteredOn(route -> route.template().equals("/coupons"))
        .singleElement().extracting(RouteDescription::validator).isEqualTo("bean-validation(Coupon)");
    assertThat(routes).filteredOn(route -> route.template().equals("/orders"))
        .singleElement().extracting(RouteDescription::validator).isEqualTo("dto(Order)");
  }

  @Test
  void withoutTheFallbackStartUpFailsNamingTheParameterAndTheReason() {
    assertThatThrownBy(() -> SampleServers.fastpath(BeanValidationApplication.class).close())
        .hasStackTraceContaining("CouponController#redeem(Coupon) parameter 0 (coupon)")
        .hasStackTraceContaining("cannot be precompiled")
        .hasStackTraceContaining("EvenLength")
        .hasStackTraceContaining("fastpath.validation.bean-validation-fallback=true");
  }
}
