package dev.fastpath.autoconfigure.web;

import static dev.fastpath.autoconfigure.web.DifferentialCase.json;

import dev.fastpath.autoconfigure.web.sample.SampleServers;
import dev.fastpath.autoconfigure.web.validation.ValidationApplication;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code @Valid @RequestBody}: Spring MVC with Hibernate Validator against Fastpath with a validator
 * plugged into the {@code RequestBodyValidatorProvider} seam. With binding errors and messages included,
 * the error JSON (message, every {@code FieldError}: field path, rejected value, codes, arguments,
 * default message) must be the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ValidationDifferentialTests {

  private static final String[] PROPERTIES = {"spring.web.error.include-message=always",
      "spring.web.error.include-binding-errors=always", "spring.web.error.include-exception=true"};

  private ConfigurableApplicationContext mvc;
  private ConfigurableApplicationContext fastpath;

  @BeforeAll
  void start() {
    this.mvc = SampleServers.springMvc(ValidationApplication.class, PROPERTIES);
    this.fastpath = SampleServers.fastpath(ValidationApplication.class, PROPERTIES);
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

  static Stream<DifferentialCase> cases() {
    return Stream.of(
        json("POST", "/orders", "{\"customerId\":\"c1\",\"items\":[{\"sku\":\"s\",\"qty\":2}]}"),
        json("POST", "/orders", "{\"customerId\":\" \",\"items\":[{\"sku\":\"s\",\"qty\":2}]}"),
        json("POST", "/orders", "{\"customerId\":\"c1\",\"items\":[{\"sku\":\"s\",\"qty\":0}]}"),
        json("POST", "/orders", "{\"customerId\":\"c1\",\"items\":[]}"),
        json("POST", "/orders", "{\"items\":[{\"sku\":\"\",\"qty\":1},{\"sku\":\"b\",\"qty\":-4}]}"),
        json("POST", "/orders", "{\"customerId\":\"c1\",\"items\":[{\"sku\":\"s\",\"qty\":\"two\"}]}"),
        json("POST", "/orders", "{\"customerId\":"),
        json("POST", "/orders", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validatesAsSpringMvcWithHibernateValidator(DifferentialCase testCase) throws Exception {
    DifferentialSupport.assertSameAnswer(testCase, SampleServers.port(this.mvc), SampleServers.port(this.fastpath), true);
  }
}
