package dev.fastpath.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.web.execution.ExecutionApplication;
import dev.fastpath.routing.ExecutionMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fastpath-only behaviour over real sockets: where handlers run, the route listing, and the extra
 * {@code errors} list in validation problem details.
 */
@SpringBootTest(classes = ExecutionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.mvc.problemdetails.enabled=true", "server.address=127.0.0.1"})
class ControllersIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  @Autowired
  ControllerRoutes routes;

  @Test
  void blockingHandlersRunOnVirtualThreads() throws Exception {
    assertThat(get("/thread/blocking").get("virtual").asBoolean()).isTrue();
  }

  @Test
  void nonBlockingAndAsynchronousHandlersRunOnTheEventLoop() throws Exception {
    assertThat(get("/thread/non-blocking").get("virtual").asBoolean()).isFalse();
    assertThat(get("/thread/future").get("virtual").asBoolean()).isFalse();
  }

  @Test
  void routeListingShowsExecutionModeAndValidator() {
    assertThat(this.routes.routes()).filteredOn(r -> r.template().equals("/orders")).singleElement()
        .satisfies(r -> {
          assertThat(r.method()).isEqualTo("POST");
          assertThat(r.executionMode()).isEqualTo(ExecutionMode.OFFLOAD);
          assertThat(r.validator()).isEqualTo("dto(Order)");
          assertThat(r.handler()).endsWith("OrderController#create(Order)");
        });
    assertThat(this.routes.routes()).filteredOn(r -> r.template().equals("/thread/non-blocking"))
        .extracting(RouteDescription::executionMode).containsExactly(ExecutionMode.EVENT_LOOP);
  }

  @Test
  void validationProblemDetailsListEveryViolation() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
        .newBuilder(URI.create("http://127.0.0.1:" + this.port + "/orders"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":\"\",\"items\":[{\"sku\":\"s\",\"qty\":0}]}"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("title").asString()).isEqualTo("Bad Request");
    assertThat(body.get("detail").asString()).isEqualTo("Invalid request content.");
    assertThat(body.get("instance").asString()).isEqualTo("/orders");
    assertThat(body.get("errors").toString()).isEqualTo("[{\"pointer\":\"/customerId\",\"rule\":\"NotBlank\","
        + "\"message\":\"must not be blank\"},{\"pointer\":\"/items/0/qty\",\"rule\":\"Min\","
        + "\"message\":\"must be greater than or equal to 1\"}]");
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
