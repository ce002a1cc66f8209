package dev.fastpath.transport;

import static dev.fastpath.transport.EngineTestSupport.CLIENT;
import static dev.fastpath.transport.EngineTestSupport.get;
import static dev.fastpath.transport.EngineTestSupport.start;
import static dev.fastpath.transport.EngineTestSupport.uri;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http1.NettyLeakDetectionExtension;
import dev.fastpath.transport.RawConnection.RawResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every engine must do, run against each {@link TransportProvider} over real sockets: the JDK client
 * for well-formed requests, raw sockets for pipelined, HTTP/1.0, oversize and {@code Expect} requests.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@ExtendWith(NettyLeakDetectionExtension.class)
class EngineContractIntegrationTests {

  @TempDir
  Path directory;

  private TestRoutes routes;

  @BeforeEach
  void routes() {
    this.routes = new TestRoutes(this.directory);
  }

  private FastServer start(TransportProvider engine) throws InterruptedException {
    return EngineTestSupport.start(this.routes, engine, config -> config);
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void servesRouteOnEventLoop(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine)) {
      HttpResponse<String> response = get(server, "/hello");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("content-type")).hasValue("text/plain;charset=UTF-8");
      assertThat(response.headers().firstValue("content-length")).hasValue("5");
      assertThat(response.body()).isEqualTo("Hello");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void runsOffloadedRouteOnVirtualThread(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine)) {
      assertThat(get(server, "/vthread").body()).isEqualTo("virtual=true");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void reusesKeepAliveConnectionForLaterRequests(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      Set<String> peers = new HashSet<>();
      for (int i = 0; i < 3; i++) {
        RawResponse response = connection.send("GET /peer HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("connection")).isNull();
        peers.add(response.bodyText());
      }
      assertThat(peers).hasSize(1);
      // The JDK client pools connections too: its requests share one peer address.
      Set<String> clientPeers = new HashSet<>();
      for (int i = 0; i < 3; i++) {
        clientPeers.add(get(server, "/peer").body());
      }
      assertThat(clientPeers).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void answersSixteenPipelinedRequestsInOrder(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      StringBuilder batch = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        // Offloaded requests that sleep longer the earlier they come finish out of order.
        String target = i % 2 == 0 ? "/slow?i=" + i + "&ms=" + (32 - 2 * i) : "/item?i=" + i;
        batch.append("GET ").append(target).append(" HTTP/1.1\r\nHost: test\r\n\r\n");
      }
      connection.send(batch.toString());
      for (int i = 0; i < 16; i++) {
        RawResponse response = connection.readResponse();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("item=" + i);
      }
      assertThat(connection.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
          .isEqualTo("Hello");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void closesAfterRequestWithConnectionClose(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /hello HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
          .readResponse();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("connection")).isEqualToIgnoringCase("close");
      assertThat(response.bodyText()).isEqualTo("Hello");
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void closesAfterResponseWithConnectionClose(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /close HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(response.header("connection")).isEqualToIgnoringCase("close");
      assertThat(response.bodyText()).isEqualTo("bye");
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void closesHttp10ConnectionWithoutKeepAlive(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /hello HTTP/1.0\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyText()).isEqualTo("Hello");
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void keepsHttp10ConnectionWithKeepAlive(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      for (int i = 0; i < 2; i++) {
        RawResponse response = connection.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").readResponse();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("connection")).isEqualToIgnoringCase("keep-alive");
        assertThat(response.bodyText()).isEqualTo("Hello");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void rejectsOversizeHeaderSectionWith431(TransportProvider engine) throws Exception {
    try (FastServer server = EngineTestSupport.start(this.routes, engine, config -> config.maxHeaderSize(1024));
        RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /hello HTTP/1.1\r\nHost: test\r\nX-Big: " + "a".repeat(2000)
          + "\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(431);
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void rejectsOversizeBodyWith413(TransportProvider engine) throws Exception {
    try (FastServer server = EngineTestSupport.start(this.routes, engine, config -> config.maxBodySize(1024));
        RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 2048\r\n\r\n"
          + "b".repeat(2048)).readResponse();
      assertThat(response.status()).isEqualTo(413);
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void rejectsOverlongRequestLineWith414(TransportProvider engine) throws Exception {
    try (FastServer server = EngineTestSupport.start(this.routes, engine, config -> config.maxInitialLineLength(256));
        RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /hello?q=" + "x".repeat(400) + " HTTP/1.1\r\nHost: test\r\n\r\n")
          .readResponse();
      assertThat(response.status()).isEqualTo(414);
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void answers100ContinueBeforeTheBody(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse interim = connection.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\n"
          + "Content-Length: 5\r\nExpect: 100-continue\r\n\r\n").readResponse();
      assertThat(interim.status()).isEqualTo(100);
      RawResponse response = connection.send("hello").readResponse();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyText()).isEqualTo("hello");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void answersHeadWithoutBodyButWithContentLength(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse head = connection.send("HEAD /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse(true);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.header("content-length")).isEqualTo("5");
      // Nothing but the next response follows on the connection.
      RawResponse next = connection.send("GET /item?i=7 HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(next.bodyText()).isEqualTo("item=7");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void answersUnmatchedRequestsWith404And405AndOptions(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine)) {
      HttpResponse<String> missing = get(server, "/nope");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("content-type")).hasValue("application/problem+json");
      assertThat(missing.body()).contains("\"status\":404");
      HttpResponse<String> wrongMethod = CLIENT.send(HttpRequest.newBuilder(uri(server, "/hello"))
          .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(wrongMethod.statusCode()).isEqualTo(405);
      assertThat(wrongMethod.headers().firstValue("allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
      HttpResponse<String> options = CLIENT.send(HttpRequest.newBuilder(uri(server, "/hello"))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(options.statusCode()).isEqualTo(200);
      assertThat(options.headers().firstValue("allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void turnsHandlerExceptionInto500WithoutItsMessage(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /fail HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.header("content-type")).isEqualTo("application/problem+json");
      assertThat(response.bodyText()).doesNotContain("secret");
      // The connection survives a handler failure.
      assertThat(connection.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
          .isEqualTo("Hello");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void answersHttpExceptionWithItsStatusAndSafeMessage(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine)) {
      HttpResponse<String> response = get(server, "/teapot");
      assertThat(response.statusCode()).isEqualTo(418);
      assertThat(response.body()).contains("\"status\":418").contains("\"detail\":\"short and stout\"");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void completesResponseFromAnotherThread(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine)) {
      assertThat(get(server, "/async").body()).isEqualTo("later");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void echoesRequestBody(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine)) {
      String body = "{\"name\":\"fast\"}".repeat(100);
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri(server, "/echo"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
      assertThat(response.body()).isEqualTo(body);
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void decodesChunkedRequestBody(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyText()).isEqualTo("hello world");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void sendsPooledBufferFileAndBodyStream(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine)) {
      assertThat(get(server, "/buffer").body()).isEqualTo("from a pooled buffer");
      HttpResponse<String> file = get(server, "/file");
      assertThat(file.headers().firstValue("content-length")).hasValue(String.valueOf(TestRoutes.FILE_CONTENT.length()));
      assertThat(file.body()).isEqualTo(TestRoutes.FILE_CONTENT);
      assertThat(get(server, "/output").body()).isEqualTo("written to a body stream");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void streamsBodyWithChunkedCoding(TransportProvider engine) throws Exception {
    try (FastServer server = start(engine); RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /stream HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("transfer-encoding")).isEqualToIgnoringCase("chunked");
      assertThat(response.header("content-length")).isNull();
      assertThat(response.bodyText()).isEqualTo("chunk-0;chunk-1;chunk-2;chunk-3;chunk-4;");
      assertThat(connection.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
          .isEqualTo("Hello");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void answers503WithRetryAfterWhenEveryOffloadSlotIsTaken(TransportProvider engine) throws Exception {
    try (FastServer server = EngineTestSupport.start(this.routes, engine, config -> config.maxConcurrency(1));
        RawConnection blocked = RawConnection.tcp(server.port());
        RawConnection rejected = RawConnection.tcp(server.port())) {
      blocked.send("GET /block HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(this.routes.blockedEntered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
      RawResponse response = rejected.send("GET /vthread HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(503);
      assertThat(response.header("retry-after")).isEqualTo("1");
      this.routes.unblock.countDown();
      assertThat(blocked.readResponse().bodyText()).isEqualTo("unblocked");
      assertThat(rejected.send("GET /vthread HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
          .isEqualTo("virtual=true");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void servesUnixDomainSocket(TransportProvider engine) throws Exception {
    Path socket = this.directory.resolve("fastpath.sock");
    try (FastServer server = EngineTestSupport.start(this.routes, engine, config -> config.unixSocket(socket))) {
      assertThat(server.unixSocketAddress()).isNotNull();
      try (RawConnection connection = RawConnection.unix(server.unixSocketAddress())) {
        RawResponse response = connection.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("Hello");
      }
      // TCP keeps working beside it.
      assertThat(get(server, "/hello").body()).isEqualTo("Hello");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void servesOnlyUnixDomainSocketWhenTcpIsDisabled(TransportProvider engine) throws Exception {
    Path socket = this.directory.resolve("only.sock");
    try (FastServer server = EngineTestSupport.start(this.routes, engine,
        config -> config.port(BindConfig.PORT_DISABLED).unixSocket(socket))) {
      assertThat(server.port()).isEqualTo(-1);
      try (RawConnection connection = RawConnection.unix(server.unixSocketAddress())) {
        assertThat(connection.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse().bodyText())
            .isEqualTo("Hello");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TransportProvider.class)
  void shutsDownGracefullyCompletingRequestsInFlight(TransportProvider engine) throws Exception {
    FastServer server = start(engine);
    try (RawConnection first = RawConnection.tcp(server.port()); RawConnection second = RawConnection.tcp(server.port());
        RawConnection idle = RawConnection.tcp(server.port())) {
      first.send("GET /block HTTP/1.1\r\nHost: test\r\n\r\n");
      second.send("GET /block HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(this.routes.blockedEntered.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
      assertThat(idle.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().status()).isEqualTo(200);
      var shutdown = server.shutdownGracefully(Duration.ofSeconds(10)).toCompletableFuture();
      // The idle keep-alive connection is closed, new connections are refused.
      assertThat(idle.closedByPeer()).isTrue();
      assertThat(refused(server.port())).isTrue();
      assertThat(shutdown).isNotDone();
      this.routes.unblock.countDown();
      for (RawConnection connection : new RawConnection[] {first, second}) {
        RawResponse response = connection.readResponse();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("unblocked");
        assertThat(response.header("connection")).isEqualToIgnoringCase("close");
        assertThat(connection.closedByPeer()).isTrue();
      }
      assertThat(shutdown.get(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      server.close();
    }
  }

  private static boolean refused(int port) {
    try (RawConnection connection = RawConnection.tcp(port)) {
      connection.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n");
      return connection.closedByPeer();
    } catch (Exception ex) {
      return true;
    }
  }
}
