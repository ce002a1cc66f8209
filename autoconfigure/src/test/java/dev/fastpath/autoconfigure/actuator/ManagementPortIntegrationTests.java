package dev.fastpath.autoconfigure.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code management.server.port}: a second Fastpath listener serves the Actuator, and only the Actuator. */
@SpringBootTest(classes = ManagementPortIntegrationTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "management.server.port=0", "management.server.address=127.0.0.1",
        "management.endpoints.web.exposure.include=health,info"})
class ManagementPortIntegrationTests {

  @LocalServerPort
  int port;

  @LocalManagementPort
  int managementPort;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void actuatorIsServedOnTheManagementPortOnly() throws Exception {
    assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);

    assertThat(get(this.managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    assertThat(get(this.managementPort, "/actuator").body()).contains("/actuator/info");
    assertThat(get(this.port, "/actuator/health").statusCode()).isEqualTo(404);
  }

  @Test
  void controllersAreServedOnTheServerPortOnly() throws Exception {
    assertThat(get(this.port, "/hello").statusCode()).isEqualTo(200);
    assertThat(get(this.managementPort, "/hello").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(HelloController.class)
  static class App {}

  @RestController
  static class HelloController {

    @GetMapping("/hello")
    String hello() {
      return "hello";
    }
  }
}
