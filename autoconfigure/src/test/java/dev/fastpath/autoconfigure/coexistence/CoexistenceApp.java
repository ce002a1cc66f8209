package dev.fastpath.autoconfigure.coexistence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The application both coexistence tests start: one controller, every auto-configuration. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(CoexistenceApp.HelloController.class)
class CoexistenceApp {

  static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @RestController
  static class HelloController {

    @GetMapping("/hello")
    String hello() {
      return "hello";
    }
  }
}
