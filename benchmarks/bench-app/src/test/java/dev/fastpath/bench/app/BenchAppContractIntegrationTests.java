package dev.fastpath.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import dev.fastpath.autoconfigure.web.ControllerRoutes;
import dev.fastpath.autoconfigure.web.RouteDescription;
import dev.fastpath.routing.ExecutionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench kit's curl contract ({@code ../shared/bench/compare.sh}, {@code check_contract}) over a real
 * socket, so a broken bench app fails the build instead of a load run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchAppContractIntegrationTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String ITEM = "{\"sku\":\"AB-123\",\"qty\":1000}";
  private static final String ITEMS_100 = repeat(ITEM, 100);
  private static final String C64 = "c".repeat(64);
  private static final String N200 = "n".repeat(200);

  @LocalServerPort
  int port;

  @Autowired
  ControllerRoutes routes;

  /** Where the bench handlers run: ordinary methods on virtual threads. */
  ExecutionMode expectedExecutionMode() {
    return ExecutionMode.OFFLOAD;
  }

  @Test
  void benchHandlersRunWhereTheControllerSays() {
    assertThat(this.routes.routes())
        .filteredOn(route -> route.handler().contains("BenchController"))
        .extracting(RouteDescription::template)
        .contains("/plaintext", "/json", "/users/{id}", "/orders");
    assertThat(this.routes.routes())
        .filteredOn(route -> route.handler().contains("BenchController"))
        .extracting(RouteDescription::executionMode)
        .containsOnly(expectedExecutionMode());
  }

  @Test
  void plaintextIsHelloWorldAsTextPlain() throws Exception {
    HttpResponse<String> response = send("GET", "/plaintext", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body()).isEqualTo("Hello, World!");
  }

  @Test
  void jsonIsTheMessageObject() throws Exception {
    assertJson(send("GET", "/json", null), 200, "{\"message\":\"Hello, World!\"}");
  }

  @Test
  void userIdIsEchoedAsANumber() throws Exception {
    assertJson(send("GET", "/users/42", null), 200, "{\"id\":42,\"name\":\"user-42\"}");
  }

  @Test
  void nonNumericUserIdIsBadRequest() throws Exception {
    assertThat(send("GET", "/users/abc", null).statusCode()).isEqualTo(400);
  }

  @Test
  void validOrderIsCreatedWithLinesAndUnits() throws Exception {
    String order = "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"AB-123\",\"qty\":2},{\"sku\":\"ZX-9\",\"qty\":1}],"
        + "\"note\":\"leave at door\"}";
    assertJson(send("POST", "/orders", order), 201, "{\"customerId\":\"c-42\",\"lines\":2,\"units\":3}");
  }

  @Test
  void orderAtEveryUpperBoundIsCreated() throws Exception {
    String order = "{\"customerId\":\"" + C64 + "\",\"items\":[" + ITEMS_100 + "],\"note\":\"" + N200 + "\"}";
    assertJson(send("POST", "/orders", order), 201,
        "{\"customerId\":\"" + C64 + "\",\"lines\":100,\"units\":100000}");
  }

  @ParameterizedTest
  @MethodSource("invalidOrders")
  void invalidOrderIsBadRequestWithAJsonObject(String order) throws Exception {
    HttpResponse<String> response = send("POST", "/orders", order);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(JSON.readTree(response.body()).isObject()).isTrue();
  }

  static Stream<String> invalidOrders() {
    String item = "{\"sku\":\"AB-123\",\"qty\":2}";
    return Stream.of(
        "{\"items\":[" + item + "]}",
        "{\"customerId\":\"   \",\"items\":[" + item + "]}",
        "{\"customerId\":\"x" + C64 + "\",\"items\":[" + item + "]}",
        "{\"customerId\":\"c-42\"}",
        "{\"customerId\":\"c-42\",\"items\":[]}",
        "{\"customerId\":\"c-42\",\"items\":[" + ITEMS_100 + "," + ITEM + "]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"ab-123\",\"qty\":2}]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"AB\",\"qty\":2}]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"qty\":2}]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"AB-123\",\"qty\":0}]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"AB-123\",\"qty\":1001}]}",
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"AB-123\"}]}",
        "{\"customerId\":\"c-42\",\"items\":[" + item + "],\"note\":\"x" + N200 + "\"}",
        "{\"customerId\":");
  }

  private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertJson(HttpResponse<String> response, int status, String expected) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body).isEqualTo(JSON.readTree(expected));
  }

  private static String repeat(String element, int times) {
    return IntStream.range(0, times).mapToObj(i -> element).collect(Collectors.joining(","));
  }
}
