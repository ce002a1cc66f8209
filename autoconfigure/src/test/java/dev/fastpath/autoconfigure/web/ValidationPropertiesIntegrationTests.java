package dev.fastpath.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.web.sample.SampleServers;
import dev.fastpath.autoconfigure.web.validation.ValidationApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code fastpath.validation.*} settings change what the DTO validator answers: unknown properties
 * rejected, at most N violations reported, Jackson's streaming parser instead of simdjson-java.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ValidationPropertiesIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADDRESS = "\"address\":{\"city\":\"Oslo\",\"zip\":\"01234\"}";

  private ConfigurableApplicationContext fastpath;

  @BeforeAll
  void start() {
    this.fastpath = SampleServers.fastpath(ValidationApplication.class, "spring.web.error.include-message=always",
        "spring.web.error.include-binding-errors=always", "fastpath.validation.unknown-properties=reject",
        "fastpath.validation.max-violations=2", "fastpath.validation.runner=jackson");
  }

  @AfterAll
  void stop() {
    if (this.fastpath != null) {
      this.fastpath.close();
    }
  }

  @Test
  void rejectsAnUnknownPropertyWhenConfiguredTo() throws Exception {
    HttpResponse<String> response = post("{\"name\":\"Ann\",\"age\":30," + ADDRESS + ",\"nickname\":\"x\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("message").asString()).startsWith("JSON parse error: ").contains("/nickname");
  }

  @Test
  void reportsAtMostTheConfiguredNumberOfViolations() throws Exception {
    HttpResponse<String> response = post("{\"name\":\"A\",\"email\":\"nope\",\"age\":17,\"code\":\"abc\",\"budget\":100,"
        + ADDRESS + "}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("errors")).hasSize(2);
  }

  @Test
  void bindsValidBodiesWithTheJacksonRunner() throws Exception {
    HttpResponse<String> response = post("{\"name\":\"Ann\",\"age\":30," + ADDRESS + ",\"items\":[{\"sku\":\"a\",\"qty\":3}]}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).at("/items/0/qty").asInt()).isEqualTo(3);
  }

  private HttpResponse<String> post(String body) throws Exception {
    return DifferentialSupport.send(DifferentialCase.json("POST", "/signups", body), SampleServers.port(this.fastpath));
  }
}
