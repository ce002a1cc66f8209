package dev.fastpath.transport;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.ResponseStream;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A runnable standalone server (see the module README): {@code GET /hello} on the event loop,
 * {@code GET /users/{id}} on a virtual thread, {@code GET /countdown} streamed in chunks. Port: first
 * argument, default 8080. Ctrl-C shuts it down gracefully.
 */
public final class FastServerExample {

  private FastServerExample() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    Router router = Router.builder()
        .add(new Route(HttpMethod.GET, "/hello",
            (request, response) -> response.setHeader("Content-Type", "text/plain")
                .send("Hello from Fastpath\n", StandardCharsets.UTF_8),
            ExecutionMode.EVENT_LOOP))
        .add(new Route(HttpMethod.GET, "/users/{id}",
            (request, response) -> {
              Thread.sleep(10); // blocking is fine here: OFFLOAD runs on a virtual thread
              response.setHeader("Content-Type", "application/json")
                  .send("{\"id\":\"" + request.pathVariable(0) + "\"}", StandardCharsets.UTF_8);
            },
            ExecutionMode.OFFLOAD))
        .add(new Route(HttpMethod.GET, "/countdown",
            (request, response) -> {
              response.setHeader("Content-Type", "text/plain");
              try (ResponseStream stream = response.stream()) {
                for (int i = 3; i > 0; i--) {
                  stream.write(i + "...\n", StandardCharsets.UTF_8);
                  Thread.sleep(300);
                }
                stream.write("lift-off\n", StandardCharsets.UTF_8);
              }
            },
            ExecutionMode.OFFLOAD))
        .build();
    TransportListener log = new TransportListener() {
      @Override
      public void requestCompleted(CompletedRequest request) {
        System.out.printf("%s %s -> %d in %d µs%n", request.method(), request.routeTemplate(), request.status(),
            request.durationNanos() / 1000);
      }
    };
    FastServer server = FastServer.builder()
        .config(ServerConfig.builder()
            .host("127.0.0.1")
            .port(port)
            .maxBodySize(1024 * 1024)
            .idleTimeout(Duration.ofSeconds(30))
            .build())
        .router(router)
        .listener(log)
        .start();
    System.out.println("Listening on http://127.0.0.1:" + server.port() + "/hello");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      boolean graceful = server.shutdownGracefully(Duration.ofSeconds(5)).toCompletableFuture().join();
      System.out.println(graceful ? "Stopped gracefully" : "Stopped, some connections closed by force");
    }));
  }
}
