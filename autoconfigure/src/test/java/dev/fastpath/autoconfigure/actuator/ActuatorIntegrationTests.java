package dev.fastpath.autoconfigure.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.SerializationFeature;

/**
 * Actuator and Micrometer on the Fastpath server, through real HTTP. One context for all tests.
 */
@SpringBootTest(classes = ActuatorIntegrationTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1",
        "management.endpoint.health.show-details=always", "management.endpoint.health.probes.enabled=true",
        "management.info.env.enabled=true", "info.app.name=fastpath-test",
        "management.endpoints.web.exposure.include=health,info,metrics,prometheus,fastpath-routes,sample",
        "spring.jackson.property-naming-strategy=SNAKE_CASE"})
class ActuatorIntegrationTests {

  static final String ACTUATOR_JSON = "application/vnd.spring-boot.actuator.v3+json";

  @LocalServerPort
  int port;

  @Autowired
  MeterRegistry registry;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void discoveryPageLinksExposedEndpointsOnly() throws Exception {
    HttpResponse<String> response = get("/actuator");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(ACTUATOR_JSON);
    assertThat(response.body()).contains("\"_links\"", "\"self\"", "/actuator/health", "/actuator/prometheus",
        "/actuator/fastpath-routes").doesNotContain("/actuator/env", "/actuator/beans");
  }

  @Test
  void healthIsUpWithDetails() throws Exception {
    HttpResponse<String> response = get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(ACTUATOR_JSON);
    assertThat(response.body()).endsWith("\"status\":\"UP\"}").contains("\"components\"", "\"diskSpace\"",
        "\"groups\":[\"liveness\",\"readiness\"]");
  }

  @Test
  void plainJsonIsNegotiated() throws Exception {
    HttpResponse<String> response = get("/actuator/health", "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
  }

  @Test
  void unacceptableMediaTypeIs406() throws Exception {
    assertThat(get("/actuator/health", "image/png").statusCode()).isEqualTo(406);
  }

  @Test
  void livenessAndReadinessGroups() throws Exception {
    HttpResponse<String> liveness = get("/actuator/health/liveness");
    HttpResponse<String> readiness = get("/actuator/health/readiness");

    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(liveness.body()).contains("\"status\":\"UP\"");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void infoShowsEnvironmentInfo() throws Exception {
    HttpResponse<String> response = get("/actuator/info");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"app\":{\"name\":\"fastpath-test\"}");
  }

  @Test
  void unexposedEndpointIsNotFound() throws Exception {
    assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
  }

  @Test
  void requestTimerCarriesTheRouteTemplateAndSpringTags() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(get("/hello").statusCode()).isEqualTo(200);
    }
    assertThat(get("/no/such/path/42").statusCode()).isEqualTo(404);

    // The engine records a request once its response is handed to the connection, which may be just after
    // the client has read it.
    Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      Timer hello = this.registry.find("http.server.requests").tags("uri", "/hello", "method", "GET", "status",
          "200", "outcome", "SUCCESS", "exception", "none", "error", "none").timer();
      assertThat(hello).isNotNull();
      assertThat(hello.count()).isGreaterThanOrEqualTo(3);
      // Like Spring MVC, whose static-resource handler answers unmapped paths, the controllers' catch-all
      // route /** answers them; without it the engine's unmatched handler runs and the tag is NOT_FOUND.
      assertThat(this.registry.find("http.server.requests").tags("status", "404", "outcome", "CLIENT_ERROR")
          .timers()).isNotEmpty().allSatisfy(timer -> assertThat(timer.getId().getTag("uri")).isIn("/**",
              "NOT_FOUND"));
    });
    assertThat(this.registry.find("http.server.requests").tag("uri", "/no/such/path/42").timer()).isNull();
  }

  @Test
  void transportGaugesAreRegistered() throws Exception {
    get("/hello");

    assertThat(this.registry.get("fastpath.connections.total").functionCounter().count()).isPositive();
    assertThat(this.registry.get("fastpath.event-loops").gauge().value()).isPositive();
    assertThat(this.registry.get("fastpath.connections.accepting").gauge().value()).isEqualTo(1);
    assertThat(this.registry.get("fastpath.buffers.used").tag("memory", "direct").gauge().value()).isNotNaN();
    Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(this.registry.get("fastpath.bytes.sent").counter().count()).isPositive());
    assertThat(this.registry.get("fastpath.requests.rejected").tag("reason", "malformed").counter()).isNotNull();
  }

  @Test
  void prometheusScrapeHasTheRequestTimerAndTransportMeters() throws Exception {
    get("/hello");
    HttpResponse<String> response = get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(response.body()).contains("http_server_requests_seconds_count{error=\"none\",exception=\"none\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/hello\"}")
        .contains("fastpath_connections_active").contains("fastpath_event_loops");
  }

  @Test
  void metricsEndpointListsNamesAndShowsOneMeter() throws Exception {
    get("/hello");
    HttpResponse<String> names = get("/actuator/metrics");
    assertThat(names.statusCode()).isEqualTo(200);
    assertThat(names.body()).contains("\"http.server.requests\"", "\"fastpath.connections.active\"");

    HttpResponse<String> timer = get("/actuator/metrics/http.server.requests?tag=uri:/hello");
    assertThat(timer.statusCode()).isEqualTo(200);
    assertThat(timer.body()).contains("\"name\":\"http.server.requests\"", "\"COUNT\"");
    assertThat(get("/actuator/metrics/no.such.meter").statusCode()).isEqualTo(404);
    assertThat(get("/actuator/metrics/http.server.requests?tag=broken").statusCode()).isEqualTo(400);
  }

  @Test
  void routesEndpointListsCompiledRoutes() throws Exception {
    HttpResponse<String> response = get("/actuator/fastpath-routes");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"method\":\"GET\"", "\"template\":\"/hello\"",
        "\"executionMode\":\"OFFLOAD\"", "\"template\":\"/actuator/health\"", "HelloController#hello()");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
        .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void applicationJsonUsesBootsJsonMapperWithSpringJacksonPropertiesAndCustomizers() throws Exception {
    HttpResponse<String> response = get("/actuator/sample");

    assertThat(response.statusCode()).isEqualTo(200);
    // spring.jackson.property-naming-strategy, and the JsonMapperBuilderCustomizer bean's indentation
    assertThat(response.body()).contains("\"first_name\" : \"Ada\"").contains("\n");
    // the Actuator's own documents keep the isolated endpoint mapper
    assertThat(get("/actuator/health").body()).doesNotContain("\n");
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import({HelloController.class, SampleEndpoint.class})
  static class App {

    @Bean
    JsonMapperBuilderCustomizer indent() {
      return builder -> builder.enable(SerializationFeature.INDENT_OUTPUT);
    }
  }

  /** A custom endpoint whose result is an application type, written with the application's mapper. */
  @Endpoint(id = "sample")
  static class SampleEndpoint {

    @ReadOperation
    Person person() {
      return new Person("Ada", "Lovelace");
    }
  }

  record Person(String firstName, String lastName) {}

  @RestController
  static class HelloController {

    @GetMapping("/hello")
    String hello() {
      return "hello";
    }
  }
}
