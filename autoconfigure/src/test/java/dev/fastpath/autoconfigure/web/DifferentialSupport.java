package dev.fastpath.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Sends one case to Spring MVC and to Fastpath and compares status, content type and body. */
final class DifferentialSupport {

  /** Whether the router on this branch matches path templates such as {@code /users/{id}}. */
  static final boolean TEMPLATES_SUPPORTED = probeTemplates();

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private DifferentialSupport() {}

  private static boolean probeTemplates() {
    Router router = Router.builder()
        .add(new Route(HttpMethod.GET, "/probe/{id}", (request, response) -> response.send(), ExecutionMode.EVENT_LOOP))
        .build();
    dev.fastpath.routing.RouteMatch match = new dev.fastpath.routing.RouteMatch();
    router.find(HttpMethod.GET, "/probe/1", match);
    return match.route() != null;
  }

  static HttpResponse<String> send(DifferentialCase testCase, int port) throws Exception {
    return CLIENT.send(testCase.toRequest(port), HttpResponse.BodyHandlers.ofString());
  }

  static void assertSameAnswer(DifferentialCase testCase, int mvcPort, int fastpathPort) throws Exception {
    assertSameAnswer(testCase, mvcPort, fastpathPort, false);
  }

  /**
   * @param unorderedErrors compare the {@code errors} array as a set: Hibernate Validator reports
   *     violations in no specified order, Fastpath's validators in document order
   */
  static void assertSameAnswer(DifferentialCase testCase, int mvcPort, int fastpathPort, boolean unorderedErrors)
      throws Exception {
    HttpResponse<String> expected = send(testCase, mvcPort);
    HttpResponse<String> actual = send(testCase, fastpathPort);
    String description = testCase + "\n  Spring MVC: " + expected.statusCode() + " " + contentType(expected) + " "
        + expected.body() + "\n  Fastpath:   " + actual.statusCode() + " " + contentType(actual) + " " + actual.body();
    assertThat(actual.statusCode()).as(description).isEqualTo(expected.statusCode());
    assertThat(contentType(actual)).as(description).isEqualTo(contentType(expected));
    Optional<String> allow = expected.headers().firstValue("Allow");
    if (allow.isPresent()) {
      assertThat(actual.headers().firstValue("Allow")).as(description).isEqualTo(allow);
    }
    if (isJson(contentType(expected)) && !expected.body().isEmpty() && parses(expected.body())) {
      assertThat(normalize(actual.body(), unorderedErrors)).as(description)
          .isEqualTo(normalize(expected.body(), unorderedErrors));
    } else {
      assertThat(withoutTimestamp(actual.body())).as(description).isEqualTo(withoutTimestamp(expected.body()));
    }
  }

  static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").map(v -> v.replace(" ", "").toLowerCase(Locale.ROOT))
        .orElse("");
  }

  private static boolean isJson(String contentType) {
    return contentType.startsWith("application/json") || contentType.contains("+json");
  }

  /** Boot's whitelabel page shows the time in {@code <div id='created'>}. */
  private static String withoutTimestamp(String body) {
    return body.replaceAll("<div id='created'>[^<]*</div>", "");
  }

  private static boolean parses(String body) {
    try {
      JSON.readTree(body);
      return true;
    } catch (RuntimeException ex) {
      return false;
    }
  }

  /** The JSON tree without {@code timestamp} (it differs by the clock, not by the server). */
  private static JsonNode normalize(String body, boolean unorderedErrors) {
    // Spring prints a String[] request value with its identity hash in some messages
    JsonNode node = JSON.readTree(body.replaceAll("\\[Ljava\\.lang\\.String;@[0-9a-f]+", "[Ljava.lang.String;@HASH"));
    if (node instanceof ObjectNode object) {
      object.remove("timestamp");
      if (object.has("title") && object.has("status") && object.get("errors") instanceof tools.jackson.databind.node.ArrayNode
          errors && !errors.isEmpty() && errors.get(0).has("pointer")) {
        // Fastpath's problem-detail extension listing every violation (docs/controllers.md): Spring has none
        object.remove("errors");
      }
      if (unorderedErrors && object.get("errors") instanceof tools.jackson.databind.node.ArrayNode errors) {
        java.util.List<JsonNode> sorted = new java.util.ArrayList<>();
        errors.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparing(JsonNode::toString));
        errors.removeAll();
        sorted.forEach(errors::add);
      }
    }
    return node;
  }
}
