package dev.fastpath.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The order API over a real socket: valid and invalid bodies, 404s, Actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderApiIntegrationTests {

  private static final String VALID = """
      {"customer":"Ada","email":"ada@example.com",
       "shipTo":{"street":"1 Main St","city":"Oslo","postcode":"0150"},
       "lines":[{"sku":"BOOK-1","quantity":2},{"sku":"PEN-7","quantity":1}]}""";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  WebServerApplicationContext context;

  @Test
  void servesTheApplicationWithFastpath() {
    assertThat(this.context.getWebServer().getClass().getName()).startsWith("dev.fastpath.");
  }

  @Test
  void createsAndReadsBackAValidOrder() throws Exception {
    HttpResponse<String> created = send("POST", "/orders", VALID);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode order = JSON.readTree(created.body());
    long id = order.get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/orders/" + id);
    assertThat(order.at("/request/lines/1/sku").asString()).isEqualTo("PEN-7");

    HttpResponse<String> read = send("GET", "/orders/" + id, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(read.body())).isEqualTo(order);
  }

  @Test
  void refusesAnInvalidOrderListingEveryViolation() throws Exception {
    String invalid = VALID.replace("\"Ada\"", "\" \"").replace("\"quantity\":1", "\"quantity\":0")
        .replace("\"0150\"", "\"x\"");
    HttpResponse<String> response = send("POST", "/orders", invalid);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("detail").asString()).isEqualTo("Invalid request content.");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("pointer").asString()))
        .containsExactlyInAnyOrder("/customer", "/lines/1/quantity", "/shipTo/postcode");
  }

  @Test
  void refusesAWronglyTypedOrMalformedBody() throws Exception {
    HttpResponse<String> wrongType = send("POST", "/orders", VALID.replace("\"quantity\":2", "\"quantity\":\"abc\""));
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrongType.body()).get("detail").asString()).isEqualTo("Failed to read request");

    HttpResponse<String> malformed = send("POST", "/orders", "{\"customer\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void answersAMissingOrderWithTheAdvicesProblem() throws Exception {
    HttpResponse<String> response = send("GET", "/orders/987654", null);
    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("title").asString()).isEqualTo("Order not found");
    assertThat(problem.get("detail").asString()).isEqualTo("No order 987654");

    assertThat(send("DELETE", "/orders/987654", null).statusCode()).isEqualTo(404);
  }

  @Test
  void answersAnUnknownPathWith404() throws Exception {
    assertThat(send("GET", "/nowhere", null).statusCode()).isEqualTo(404);
  }

  @Test
  void reportsHealthAndValidationMetricsThroughActuator() throws Exception {
    HttpResponse<String> health = send("GET", "/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");

    send("POST", "/orders", "{}");
    HttpResponse<String> failures = send("GET", "/actuator/metrics/fastpath.validation.failures", null);
    assertThat(failures.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(failures.body()).at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);

    HttpResponse<String> prometheus = send("GET", "/actuator/prometheus", null);
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.body()).contains("fastpath_validation_failures_total");
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
