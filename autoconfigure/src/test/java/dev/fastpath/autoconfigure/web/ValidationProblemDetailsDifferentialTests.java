package dev.fastpath.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.web.sample.SampleServers;
import dev.fastpath.autoconfigure.web.validation.ValidationApplication;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validation cases with {@code spring.mvc.problemdetails.enabled=true}: the same status, content type and
 * problem detail as Spring MVC, plus Fastpath's {@code errors} extension member (RFC 9457 §3.2), which lists
 * every violation with its JSON Pointer and message and which Spring's body does not have.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ValidationProblemDetailsDifferentialTests {

  private static final String[] PROPERTIES = {"spring.mvc.problemdetails.enabled=true"};
  private static final JsonMapper JSON = JsonMapper.builder().build();

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
    return Stream.concat(ValidationDifferentialTests.cases(), ValidationDifferentialTests.signups());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsSpringMvcWithProblemDetails(DifferentialCase testCase) throws Exception {
    DifferentialSupport.assertSameAnswer(testCase, SampleServers.port(this.mvc), SampleServers.port(this.fastpath),
        true);
  }

  @Test
  void listsEveryViolationWithItsPointerAndMessage() throws Exception {
    DifferentialCase testCase = DifferentialCase.json("POST", "/signups", "{\"name\":\"A\",\"age\":17,"
        + "\"address\":{\"city\":\"Oslo\",\"zip\":\"01234\"},\"items\":[{\"sku\":\"a\",\"qty\":1},{\"sku\":\"b\",\"qty\":0}]}");
    HttpResponse<String> response = DifferentialSupport.send(testCase, SampleServers.port(this.fastpath));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(DifferentialSupport.contentType(response)).isEqualTo("application/problem+json");
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors).isNotNull();
    assertThat(errors.valueStream().map(e -> e.get("pointer").asString() + " " + e.get("message").asString()))
        .containsExactlyInAnyOrder("/name size must be between 2 and 20", "/age must be greater than or equal to 18",
            "/items/1/qty must be greater than or equal to 1");
  }
}
