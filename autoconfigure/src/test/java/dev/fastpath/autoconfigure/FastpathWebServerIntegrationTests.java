package dev.fastpath.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(classes = FastpathWebServerIntegrationTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"server.address=127.0.0.1", "fastpath.access-log.enabled=true",
        "fastpath.access-log.format=combined"})
@ExtendWith(OutputCaptureExtension.class)
class FastpathWebServerIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  WebServerApplicationContext context;

  @Autowired
  Environment environment;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void fastpathIsTheWebServerOnTheRandomPort() {
    assertThat(this.context.getWebServer()).isInstanceOf(FastpathWebServer.class);
    assertThat(this.port).isPositive().isEqualTo(this.context.getWebServer().getPort());
    assertThat(this.environment.getProperty("local.server.port", Integer.class)).isEqualTo(this.port);
  }

  @Test
  void bindsToServerAddress() {
    FastpathWebServer server = (FastpathWebServer) this.context.getWebServer();

    assertThat(server.getServerConfig().host()).isEqualTo("127.0.0.1");
  }

  @Test
  void servesControllerRoutes() throws Exception {
    HttpResponse<String> response = get("/hello");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("hello");
  }

  @Test
  void answersUnknownPathsWith404() throws Exception {
    assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
  }

  @Test
  void writesAnAccessLogLinePerRequest(CapturedOutput output) throws Exception {
    this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/hello?from=test"))
        .header("User-Agent", "fastpath-test").build(), HttpResponse.BodyHandlers.ofString());

    Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output).containsPattern(
        "dev\\.fastpath\\.accesslog\\s*: 127\\.0\\.0\\.1 - - \\[[^]]+] \"GET /hello\\?from=test HTTP/1\\.1\" 200 5 "
            + "\"-\" \"fastpath-test\""));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
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
