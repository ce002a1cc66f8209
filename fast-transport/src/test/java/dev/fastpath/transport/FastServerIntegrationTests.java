package dev.fastpath.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http1.NettyLeakDetectionExtension;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NettyLeakDetectionExtension.class)
class FastServerIntegrationTests {

  private FastServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    Router router = Router.builder()
        .add(new Route(HttpMethod.GET, "/hello", (req, res) -> res.setHeader("Content-Type", "text/plain")
            .send("Hello", StandardCharsets.UTF_8), ExecutionMode.EVENT_LOOP))
        .add(new Route(HttpMethod.GET, "/blocking", (req, res) -> res.send("virtual=" + Thread.currentThread().isVirtual(),
            StandardCharsets.UTF_8), ExecutionMode.OFFLOAD))
        .build();
    this.server = FastServer.start(new ServerConfig("127.0.0.1", 0), router);
  }

  @AfterEach
  void stop() {
    this.server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesRouteOnEventLoop() throws Exception {
    HttpResponse<String> response = get("/hello");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("text/plain");
    assertThat(response.body()).isEqualTo("Hello");
  }

  @Test
  void runsOffloadedRouteOnVirtualThread() throws Exception {
    assertThat(get("/blocking").body()).isEqualTo("virtual=true");
  }

  @Test
  void answers404ForUnknownPathAnd405WithAllowForWrongMethod() throws Exception {
    assertThat(get("/nope").statusCode()).isEqualTo(404);
    HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + this.server.port() + "/hello"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("allow")).hasValue("GET");
  }
}
