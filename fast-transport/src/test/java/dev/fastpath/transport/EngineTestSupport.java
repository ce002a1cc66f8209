package dev.fastpath.transport;

import dev.fastpath.metrics.TransportListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Starts servers on 127.0.0.1, port 0, and talks to them with the JDK client. */
final class EngineTestSupport {

  static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private EngineTestSupport() {}

  static ServerConfig.Builder config(TransportProvider engine) {
    return ServerConfig.builder().host("127.0.0.1").port(0).engine(engine).eventLoops(2);
  }

  static FastServer start(TestRoutes routes, TransportProvider engine, UnaryOperator<ServerConfig.Builder> customizer)
      throws InterruptedException {
    return start(routes, customizer.apply(config(engine)).build(), TransportListener.NOOP);
  }

  static FastServer start(TestRoutes routes, ServerConfig config, TransportListener listener)
      throws InterruptedException {
    return FastServer.builder().config(config).router(routes.router()).listener(listener).start();
  }

  static HttpResponse<String> get(FastServer server, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(FastServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static TestRoutes routes(Path directory) {
    return new TestRoutes(directory);
  }
}
