package dev.fastpath.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class GracefulShutdownIntegrationTests {

  @Test
  @Timeout(30)
  void inFlightRequestCompletesWhileNewConnectionsAreRefused() throws Exception {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
        .properties("server.port=0", "server.address=127.0.0.1", "server.shutdown=graceful",
            "spring.lifecycle.timeout-per-shutdown-phase=20s")
        .run();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    SlowController controller = context.getBean(SlowController.class);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(controller.entered.await(10, TimeUnit.SECONDS)).isTrue();

    Thread closer = Thread.ofPlatform().start(context::close);
    awaitRefused(port);
    assertThat(inFlight).isNotDone();

    controller.release.countDown();
    HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("done");
    closer.join(Duration.ofSeconds(15));
    assertThat(closer.isAlive()).isFalse();
    assertThat(context.isActive()).isFalse();
  }

  @Test
  @Timeout(30)
  void immediateShutdownDoesNotWaitForInFlightRequests() throws Exception {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
        .properties("server.port=0", "server.address=127.0.0.1", "server.shutdown=immediate")
        .run();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    SlowController controller = context.getBean(SlowController.class);
    CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(controller.entered.await(10, TimeUnit.SECONDS)).isTrue();

    context.close();

    assertThatExceptionOfType(Exception.class).isThrownBy(() -> inFlight.get(10, TimeUnit.SECONDS));
    controller.release.countDown();
    assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(port));
  }

  /** Bounded: the listener closes at the start of the graceful phase. */
  private static void awaitRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        connect(port);
      } catch (ConnectException ex) {
        return;
      } catch (IOException ex) {
        // another failure: keep trying until refused
      }
      Thread.sleep(20);
    }
    throw new AssertionError("port " + port + " still accepts connections during graceful shutdown");
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(SlowController.class)
  static class App {}

  @RestController
  static class SlowController {

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @GetMapping("/slow")
    String slow() throws InterruptedException {
      this.entered.countDown();
      this.release.await(20, TimeUnit.SECONDS);
      return "done";
    }
  }
}
