package dev.fastpath.transport;

import static dev.fastpath.transport.EngineTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http1.NettyLeakDetectionExtension;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.ServerMetrics;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.transport.RawConnection.RawResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What only the Fastpath engine does: its own read timeouts, the accept gate, {@code SO_REUSEPORT}
 * listeners, every transport, the strict codec's rejections, the metrics hooks and gauges.
 */
@ExtendWith(NettyLeakDetectionExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FastpathEngineIntegrationTests {

  @TempDir
  Path directory;

  private TestRoutes routes;

  @BeforeEach
  void routes() {
    this.routes = new TestRoutes(this.directory);
  }

  private FastServer start(UnaryOperator<ServerConfig.Builder> customizer) throws InterruptedException {
    return EngineTestSupport.start(this.routes, TransportProvider.FASTPATH, customizer);
  }

  @Test
  void closesSlowlorisConnectionAfterHeaderTimeoutWhileServingOthers() throws Exception {
    try (FastServer server = start(config -> config.headerReadTimeout(Duration.ofMillis(300)));
        RawConnection slow = RawConnection.tcp(server.port())) {
      slow.send("GET /hello HTTP/1.1\r\nHost: test\r\n");
      Thread dribbler = Thread.ofVirtual().start(() -> {
        try {
          for (int i = 0; i < 100; i++) {
            slow.send("X-Dribble-" + i + ": 1\r\n");
            Thread.sleep(50);
          }
        } catch (Exception ex) {
          // the server closed the connection
        }
      });
      // Another client is served while the slow one dribbles.
      assertThat(get(server, "/hello").body()).isEqualTo("Hello");
      RawResponse response = slow.readResponse();
      assertThat(response.status()).isEqualTo(408);
      assertThat(response.header("connection")).isEqualToIgnoringCase("close");
      assertThat(response.header("content-type")).isEqualTo("application/problem+json");
      assertThat(slow.closedByPeer()).isTrue();
      dribbler.join(5000);
    }
  }

  @Test
  void answers408WhenTheBodyStallsUnderTheBodyTimeout() throws Exception {
    List<RejectionReason> rejections = new CopyOnWriteArrayList<>();
    TransportListener listener = new TransportListener() {
      @Override
      public void requestRejected(RejectionReason reason) {
        rejections.add(reason);
      }
    };
    ServerConfig config = EngineTestSupport.config(TransportProvider.FASTPATH)
        .headerReadTimeout(Duration.ofSeconds(20)).bodyReadTimeout(Duration.ofMillis(300)).build();
    try (FastServer server = EngineTestSupport.start(this.routes, config, listener);
        RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nabc")
          .readResponse();
      assertThat(response.status()).isEqualTo(408);
      assertThat(connection.closedByPeer()).isTrue();
      assertThat(rejections).containsExactly(RejectionReason.BODY_TIMEOUT);
    }
  }

  @Test
  void closesIdleKeepAliveConnectionSilently() throws Exception {
    try (FastServer server = start(config -> config.idleTimeout(Duration.ofMillis(200)));
        RawConnection connection = RawConnection.tcp(server.port())) {
      assertThat(connection.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().status()).isEqualTo(200);
      // End of stream without a byte: no 408 for a connection between requests.
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @Test
  void pausesAcceptingAtTheConnectionLimitAndResumesBelowIt() throws Exception {
    try (FastServer server = start(config -> config.maxConnections(2))) {
      ServerMetrics metrics = server.metrics();
      RawConnection first = RawConnection.tcp(server.port());
      try (RawConnection second = RawConnection.tcp(server.port())) {
        assertThat(first.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().status()).isEqualTo(200);
        assertThat(second.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().status()).isEqualTo(200);
        awaitTrue(() -> !metrics.accepting());
        try (RawConnection third = RawConnection.tcp(server.port())) {
          // The kernel completes the handshake into the backlog; the server does not accept it yet.
          third.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n");
          Thread.sleep(200);
          assertThat(metrics.activeConnections()).isEqualTo(2);
          assertThat(metrics.totalConnections()).isEqualTo(2);
          first.close();
          RawResponse response = third.readResponse();
          assertThat(response.status()).isEqualTo(200);
          assertThat(metrics.totalConnections()).isEqualTo(3);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Transport.class, names = {"EPOLL", "IO_URING"})
  void spreadsConnectionsOverReusePortListenersOnePerLoop(Transport transport) throws Exception {
    assumeTrue(available(transport), transport + " is not available here");
    try (FastServer server = start(config -> config.transport(transport).eventLoops(2).reusePort(true))) {
      assertThat(((FastpathRunningServer) server.running()).listenerCount()).isEqualTo(2);
      Set<String> loops = new HashSet<>();
      for (int i = 0; i < 200 && loops.size() < 2; i++) {
        try (RawConnection connection = RawConnection.tcp(server.port())) {
          loops.add(connection.send("GET /thread HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").readResponse()
              .bodyText());
        }
      }
      assertThat(loops).hasSize(2);
    }
  }

  @Test
  void usesOneListenerAndAllLoopsWithNio() throws Exception {
    try (FastServer server = start(config -> config.transport(Transport.NIO).eventLoops(2).reusePort(true))) {
      assertThat(((FastpathRunningServer) server.running()).listenerCount()).isEqualTo(1);
      Set<String> loops = new HashSet<>();
      for (int i = 0; i < 20 && loops.size() < 2; i++) {
        try (RawConnection connection = RawConnection.tcp(server.port())) {
          loops.add(connection.send("GET /thread HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").readResponse()
              .bodyText());
        }
      }
      assertThat(loops).hasSize(2).allSatisfy(name -> assertThat(name).startsWith("fastpath-nio"));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Transport.class, names = {"NIO", "EPOLL", "IO_URING"})
  void servesRequestsPipelinesAndFilesOnEachTransport(Transport transport) throws Exception {
    assumeTrue(available(transport), transport + " is not available here");
    try (FastServer server = start(config -> config.transport(transport));
        RawConnection connection = RawConnection.tcp(server.port())) {
      String name = ResolvedTransport.resolve(transport).displayName();
      assertThat(connection.send("GET /thread HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
          .startsWith("fastpath-" + name);
      connection.send("GET /item?i=1 HTTP/1.1\r\nHost: test\r\n\r\nGET /file HTTP/1.1\r\nHost: test\r\n\r\n"
          + "GET /item?i=3 HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(connection.readResponse().bodyText()).isEqualTo("item=1");
      assertThat(connection.readResponse().bodyText()).isEqualTo(TestRoutes.FILE_CONTENT);
      assertThat(connection.readResponse().bodyText()).isEqualTo("item=3");
    }
  }

  @Test
  void keepsAPipelinedBatchInOrderWhenSmallResponsesShareABufferBetweenOtherKindsOfBody() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      // Array bodies are coalesced into one buffer; a pooled body, a file and a stream are written as
      // themselves, so the coalesced bytes before each of them must go out first.
      connection.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\nGET /buffer HTTP/1.1\r\nHost: t\r\n\r\n"
          + "GET /hello HTTP/1.1\r\nHost: t\r\n\r\nGET /file HTTP/1.1\r\nHost: t\r\n\r\n"
          + "GET /item?i=5 HTTP/1.1\r\nHost: t\r\n\r\nGET /stream HTTP/1.1\r\nHost: t\r\n\r\n"
          + "GET /slow?ms=1&i=7 HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
      assertThat(connection.readResponse().bodyText()).isEqualTo("Hello");
      assertThat(connection.readResponse().bodyText()).isEqualTo("from a pooled buffer");
      assertThat(connection.readResponse().bodyText()).isEqualTo("Hello");
      assertThat(connection.readResponse().bodyText()).isEqualTo(TestRoutes.FILE_CONTENT);
      assertThat(connection.readResponse().bodyText()).isEqualTo("item=5");
      assertThat(connection.readResponse().bodyText()).isEqualTo("chunk-0;chunk-1;chunk-2;chunk-3;chunk-4;");
      assertThat(connection.readResponse().bodyText()).isEqualTo("item=7");
      assertThat(connection.readResponse().bodyText()).isEqualTo("Hello");
    }
  }

  @Test
  void writesA100ContinueAfterTheResponsesOfEarlierPipelinedRequests() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      connection.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"
          + "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Type: text/plain\r\n"
          + "Content-Length: 5\r\n\r\n");
      assertThat(connection.readResponse().bodyText()).isEqualTo("Hello");
      assertThat(connection.readResponse().status()).isEqualTo(100);
      connection.send("hello");
      assertThat(connection.readResponse().bodyText()).isEqualTo("hello");
    }
  }

  @Test
  void keepsResponsesInOrderWhenPipelinedRequestsExceedTheInFlightCap() throws Exception {
    try (FastServer server = start(config -> config.maxInFlightPerConnection(2));
        RawConnection connection = RawConnection.tcp(server.port())) {
      StringBuilder batch = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        String target = i % 3 == 0 ? "/slow?i=" + i + "&ms=5" : "/item?i=" + i;
        batch.append("GET ").append(target).append(" HTTP/1.1\r\nHost: test\r\n\r\n");
      }
      connection.send(batch.toString());
      for (int i = 0; i < 16; i++) {
        assertThat(connection.readResponse().bodyText()).isEqualTo("item=" + i);
      }
    }
  }

  @Test
  void rejectsContentLengthWithTransferEncodingAsProblemAndCloses() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.header("connection")).isEqualToIgnoringCase("close");
      assertThat(response.header("content-type")).isEqualTo("application/problem+json");
      assertThat(response.bodyText()).startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
          + "\"detail\":");
      // The smuggled second request is never answered.
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @Test
  void answersResponsesBeforeADecodeFailureInOrder() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      connection.send("GET /slow?i=1&ms=20 HTTP/1.1\r\nHost: test\r\n\r\nGET /bad\rpath HTTP/1.1\r\n\r\n");
      assertThat(connection.readResponse().bodyText()).isEqualTo("item=1");
      assertThat(connection.readResponse().status()).isEqualTo(400);
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @Test
  void decodesPathVariablesAndRejectsBadPercentEncodingWithoutClosing() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      assertThat(connection.send("GET /users/a%20b HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
          .isEqualTo("user a b of 1 at /users/{id}");
      assertThat(connection.send("GET /users/%zz HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().status())
          .isEqualTo(400);
      assertThat(connection.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
          .isEqualTo("Hello");
    }
  }

  @Test
  void answersRequestsOfAClientThatHalfClosed() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      connection.send("GET /slow?i=1&ms=20 HTTP/1.1\r\nHost: test\r\n\r\nGET /item?i=2 HTTP/1.1\r\nHost: test\r\n\r\n")
          .shutdownOutput();
      assertThat(connection.readResponse().bodyText()).isEqualTo("item=1");
      RawResponse last = connection.readResponse();
      assertThat(last.bodyText()).isEqualTo("item=2");
      assertThat(last.header("connection")).isEqualToIgnoringCase("close");
      assertThat(connection.closedByPeer()).isTrue();
    }
  }

  @Test
  void answersOptionsAsteriskWithTheServerMethods() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("OPTIONS * HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("allow")).contains("GET").contains("OPTIONS");
    }
  }

  @Test
  void refusesResponseHeaderInjection() throws Exception {
    try (FastServer server = start(config -> config);
        RawConnection connection = RawConnection.tcp(server.port())) {
      RawResponse response = connection.send("GET /inject HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.headers()).doesNotContainKey("set-cookie").doesNotContainKey("x-evil");
    }
  }

  @Test
  void dropsStreamedBodyForHeadAndEndsHttp10StreamByClosing() throws Exception {
    try (FastServer server = start(config -> config)) {
      try (RawConnection connection = RawConnection.tcp(server.port())) {
        RawResponse head = connection.send("HEAD /stream HTTP/1.1\r\nHost: test\r\n\r\n").readResponse(true);
        assertThat(head.status()).isEqualTo(200);
        assertThat(connection.send("GET /hello HTTP/1.1\r\nHost: test\r\n\r\n").readResponse().bodyText())
            .isEqualTo("Hello");
      }
      try (RawConnection connection = RawConnection.tcp(server.port())) {
        RawResponse response = connection.send("GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").readResponse();
        assertThat(response.header("transfer-encoding")).isNull();
        assertThat(response.header("connection")).isEqualToIgnoringCase("close");
        assertThat(response.bodyText()).isEqualTo("chunk-0;chunk-1;chunk-2;chunk-3;chunk-4;");
      }
    }
  }

  @Test
  void reportsConnectionAndRequestEventsToTheListener() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    TransportListener listener = new TransportListener() {
      @Override
      public void connectionOpened() {
        events.add("opened");
      }

      @Override
      public void connectionClosed(long durationNanos, long requests) {
        events.add("closed " + requests);
      }

      @Override
      public void requestStarted(HttpMethod method) {
        events.add("started " + method);
      }

      @Override
      public void requestCompleted(CompletedRequest request) {
        events.add("completed " + request.method() + " " + request.routeTemplate() + " " + request.status() + " "
            + request.bytesOut() + " " + (request.durationNanos() >= 0));
      }

      @Override
      public void requestRejected(RejectionReason reason) {
        events.add("rejected " + reason);
      }
    };
    ServerConfig config = EngineTestSupport.config(TransportProvider.FASTPATH).build();
    try (FastServer server = EngineTestSupport.start(this.routes, config, listener)) {
      try (RawConnection connection = RawConnection.tcp(server.port())) {
        connection.send("GET /users/7 HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
        connection.send("GET /nope HTTP/1.1\r\nHost: test\r\n\r\n").readResponse();
        connection.send("GET / HTTP/1.1\r\nHost: test\r\nBad Header: x\r\n\r\n").readResponse();
        assertThat(connection.closedByPeer()).isTrue();
      }
      awaitTrue(() -> events.contains("closed 2"));
      assertThat(events).containsExactly("opened", "started GET", "completed GET /users/{id} 200 26 true",
          "started GET", "completed GET null 404 " + dev.fastpath.transport.ProblemDetails.body(404, null).length
              + " true", "rejected MALFORMED", "closed 2");
    }
  }

  @Test
  void exposesLiveGauges() throws Exception {
    try (FastServer server = start(config -> config.eventLoops(2));
        RawConnection connection = RawConnection.tcp(server.port())) {
      ServerMetrics metrics = server.metrics();
      assertThat(metrics.eventLoops()).isEqualTo(2);
      connection.send("GET /block HTTP/1.1\r\nHost: test\r\n\r\n");
      assertThat(this.routes.blockedEntered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
      assertThat(metrics.activeConnections()).isEqualTo(1);
      assertThat(metrics.totalConnections()).isEqualTo(1);
      assertThat(metrics.offloadedInFlight()).isEqualTo(1);
      awaitTrue(() -> metrics.requestsInFlight() == 1);
      assertThat(metrics.accepting()).isTrue();
      assertThat(metrics.pendingTasks()).isNotNegative();
      assertThat(metrics.usedDirectMemory()).isPositive();
      this.routes.unblock.countDown();
      assertThat(connection.readResponse().bodyText()).isEqualTo("unblocked");
      awaitTrue(() -> metrics.requestsInFlight() == 0 && metrics.offloadedInFlight() == 0);
    }
  }

  @Test
  void failsToStartOnAnAddressInUseWithABindExceptionCause() throws Exception {
    try (FastServer server = start(config -> config.reusePort(false))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(config -> config.port(server.port())
              .reusePort(false)))
          .isInstanceOf(ServerStartException.class)
          .hasCauseInstanceOf(java.net.BindException.class);
    }
  }

  private static boolean available(Transport transport) {
    return switch (transport) {
      case EPOLL -> ResolvedTransport.EPOLL.isAvailable();
      case IO_URING -> ResolvedTransport.IO_URING.isAvailable();
      default -> true;
    };
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
