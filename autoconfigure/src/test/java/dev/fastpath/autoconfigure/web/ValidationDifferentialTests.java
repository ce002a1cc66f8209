package dev.fastpath.autoconfigure.web;

import static dev.fastpath.autoconfigure.web.DifferentialCase.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fastpath.autoconfigure.web.sample.SampleServers;
import dev.fastpath.autoconfigure.web.validation.RecordingValidationListener;
import dev.fastpath.autoconfigure.web.validation.ValidationApplication;
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
 * {@code @Valid @RequestBody}: Spring MVC with Hibernate Validator against Fastpath with its default
 * validator (the DTO compiler, {@code fastpath.validation.bean-validation-fallback} off). With binding errors and messages included,
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

  private static final String ADDRESS = "\"address\":{\"city\":\"Oslo\",\"zip\":\"01234\"}";

  /** Records: nested {@code @Valid}, list elements, primitives, common constraints, binding failures. */
  static Stream<DifferentialCase> signups() {
    return Stream.of(
        signup("{\"name\":\"Ann\",\"email\":\"ann@example.com\",\"age\":30,\"code\":\"ABC-12\","
            + "\"budget\":12.50," + ADDRESS + ",\"items\":[{\"sku\":\"a\",\"qty\":1}]}"),
        signup("{\"name\":\"Ann\",\"age\":30,\"address\":{\"city\":\" \",\"zip\":\"1\"}}"),
        signup("{\"name\":\"Ann\",\"age\":30," + ADDRESS
            + ",\"items\":[{\"sku\":\"a\",\"qty\":1},{\"sku\":\"b\",\"qty\":1},{\"sku\":\"\",\"qty\":0}]}"),
        signup("{\"name\":\"Ann\"," + ADDRESS + "}"),
        signup("{\"name\":\"Ann\",\"age\":\"abc\"," + ADDRESS + "}"),
        signup("{\"name\":\"Ann\",\"age\":null," + ADDRESS + "}"),
        signup("{\"name\":\"A\",\"email\":\"not-an-email\",\"age\":17,\"code\":\"abc\","
            + "\"budget\":100," + ADDRESS + "}"),
        signup("{\"name\":\"Ann\",\"age\":30," + ADDRESS + ",\"nickname\":\"unknown property\"}"),
        signup("{\"name\":\"Ann\",\"age\":30," + ADDRESS + ",\"items\":{\"sku\":\"a\"}}"),
        signup("{\"name\":\"Ann\",\"age\":30," + ADDRESS + ",}"),
        signup("[1,2]"),
        signup("null"),
        signup(""));
  }

  private static DifferentialCase signup(String body) {
    return json("POST", "/signups", body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validatesAsSpringMvcWithHibernateValidator(DifferentialCase testCase) throws Exception {
    DifferentialSupport.assertSameAnswer(testCase, SampleServers.port(this.mvc), SampleServers.port(this.fastpath), true);
  }

  @Test
  void tellsTheValidationListenersAboutEveryRefusedBody() throws Exception {
    RecordingValidationListener listener = this.fastpath.getBean(RecordingValidationListener.class);
    int before = listener.failures().size();
    int port = SampleServers.port(this.fastpath);
    DifferentialSupport.send(json("POST", "/orders", "{\"items\":[{\"sku\":\"\",\"qty\":1}]}"), port);
    DifferentialSupport.send(json("POST", "/orders", "{\"customerId\":"), port);
    DifferentialSupport.send(json("POST", "/orders", "{\"customerId\":\"c1\",\"items\":[{\"sku\":\"s\",\"qty\":2}]}"),
        port);
    assertThat(listener.failures().subList(before, listener.failures().size()))
        .containsExactly("POST /orders 2", "POST /orders 1");
  }

  @Test
  void listsTheDtoValidatorOfEachValidatedRoute() {
    assertThat(this.fastpath.getBean(ControllerRoutes.class).routes())
        .filteredOn(route -> route.method().equals("POST"))
        .extracting(RouteDescription::template, RouteDescription::validator)
        .contains(tuple("/orders", "dto(Order)"), tuple("/signups", "dto(Signup)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signups")
  void validatesRecordsAsSpringMvcWithHibernateValidator(DifferentialCase testCase) throws Exception {
    DifferentialSupport.assertSameAnswer(testCase, SampleServers.port(this.mvc), SampleServers.port(this.fastpath), true);
  }
}
