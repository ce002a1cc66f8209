package dev.fastpath.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http1.NettyLeakDetectionExtension;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import dev.fastpath.transport.RawConnection.RawResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where offloaded handlers run: on virtual threads carried by the event loop that read the request (the
 * default) or by the JDK's scheduler; a pipelined batch on one thread in request order; a handler that
 * blocks does not hold the loop. The test JVM opens {@code java.lang} (root pom), as the app jars do.
 */
@ExtendWith(NettyLeakDetectionExtension.class)
class VirtualThreadCarrierIntegrationTests {

  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final Semaphore waiting = new Semaphore(0);
  private final CountDownLatch release = new CountDownLatch(1);
  private FastServer server;

  @AfterEach
  void stop() {
    if (this.server != null) {
      this.server.close();
    }
  }

  private void start(VirtualThreadCarrier carrier) throws InterruptedException {
    start(carrier, ExecutionConfig.DEFAULTS.maxConcurrency());
  }

  private void start(VirtualThreadCarrier carrier, int maxConcurrency) throws InterruptedException {
    Router router = Router.builder()
        .add(offload("/thread", (req, res) -> res.send(Thread.currentThread().toString(), StandardCharsets.UTF_8)))
        .add(offload("/record", (req, res) -> {
          this.ran.add(param(req, "i"));
          this.threads.add(Thread.currentThread());
          res.send("i=" + param(req, "i"), StandardCharsets.UTF_8);
        }))
        .add(offload("/wait", (req, res) -> {
          this.waiting.release();
          boolean released = this.release.await(10, TimeUnit.SECONDS);
          res.send("released=" + released, StandardCharsets.UTF_8);
        }))
        .add(offload("/release", (req, res) -> {
          this.release.countDown();
          res.send("done", StandardCharsets.UTF_8);
        }))
        .build();
    // One loop: every connection shares it, so a handler holding it would hold them all.
    ServerConfig config = ServerConfig.builder().host("127.0.0.1").port(0).eventLoops(1)
        .virtualThreadCarrier(carrier).maxConcurrency(maxConcurrency).build();
    this.server = FastServer.start(config, router);
  }

  @Test
  void offloadedHandlersRunOnVirtualThreadsCarriedByTheEventLoop() throws Exception {
    // A mounted virtual thread prints as VirtualThread[#id,name]/runnable@carrier.
    assertThat(handlerThread(VirtualThreadCarrier.EVENT_LOOP)).startsWith("VirtualThread[")
        .contains("fastpath-handler").contains("@fastpath-");
  }

  @Test
  void theJdkCarrierUsesTheJdkScheduler() throws Exception {
    assertThat(handlerThread(VirtualThreadCarrier.JDK)).startsWith("VirtualThread[")
        .contains("@ForkJoinPool").doesNotContain("@fastpath-");
  }

  /** How the thread that ran a handler printed itself, on a server with {@code carrier}. */
  private String handlerThread(VirtualThreadCarrier carrier) throws Exception {
    start(carrier);
    try (RawConnection connection = RawConnection.tcp(this.server.port())) {
      return connection.send("GET /thread HTTP/1.1\r\nHost: t\r\n\r\n").readResponse().bodyText();
    }
  }

  @Test
  void aPipelinedBatchRunsOnOneVirtualThreadInRequestOrder() throws Exception {
    start(VirtualThreadCarrier.EVENT_LOOP);
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      batch.append("GET /record?i=").append(i).append(" HTTP/1.1\r\nHost: t\r\n\r\n");
    }
    try (RawConnection connection = RawConnection.tcp(this.server.port())) {
      connection.send(batch.toString());
      for (int i = 0; i < 8; i++) {
        assertThat(connection.readResponse().bodyText()).isEqualTo("i=" + i);
      }
    }
    assertThat(this.ran).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
    assertThat(this.threads).allSatisfy(thread -> assertThat(thread).isSameAs(this.threads.getFirst()));
  }

  @Test
  void aPipelinedBatchTakesOnePermitAndAThreadBeyondTheLimitIsAnswered503() throws Exception {
    start(VirtualThreadCarrier.EVENT_LOOP, 1);
    try (RawConnection first = RawConnection.tcp(this.server.port());
        RawConnection second = RawConnection.tcp(this.server.port())) {
      first.send("GET /record?i=0 HTTP/1.1\r\nHost: t\r\n\r\nGET /record?i=1 HTTP/1.1\r\nHost: t\r\n\r\n"
          + "GET /record?i=2 HTTP/1.1\r\nHost: t\r\n\r\n");
      for (int i = 0; i < 3; i++) {
        assertThat(first.readResponse().status()).isEqualTo(200);
      }
      first.send("GET /wait HTTP/1.1\r\nHost: t\r\n\r\n");
      assertThat(this.waiting.tryAcquire(10, TimeUnit.SECONDS)).as("the /wait handler started").isTrue();
      RawResponse rejected = second.send("GET /thread HTTP/1.1\r\nHost: t\r\n\r\n").readResponse();
      assertThat(rejected.status()).isEqualTo(503);
      assertThat(rejected.header("Retry-After")).isEqualTo("1");
      this.release.countDown();
      assertThat(first.readResponse().bodyText()).isEqualTo("released=true");
      assertThat(second.send("GET /thread HTTP/1.1\r\nHost: t\r\n\r\n").readResponse().status()).isEqualTo(200);
    }
  }

  @Test
  void aHandlerThatBlocksLeavesTheLoopToOtherConnections() throws Exception {
    blockingHandlerLeavesTheLoop(VirtualThreadCarrier.EVENT_LOOP);
  }

  @Test
  void aHandlerThatBlocksOnTheJdkCarrierLeavesTheLoopToOtherConnections() throws Exception {
    blockingHandlerLeavesTheLoop(VirtualThreadCarrier.JDK);
  }

  private void blockingHandlerLeavesTheLoop(VirtualThreadCarrier carrier) throws Exception {
    start(carrier);
    try (RawConnection blocked = RawConnection.tcp(this.server.port());
        RawConnection other = RawConnection.tcp(this.server.port())) {
      blocked.send("GET /wait HTTP/1.1\r\nHost: t\r\n\r\n");
      assertThat(this.waiting.tryAcquire(10, TimeUnit.SECONDS)).as("the /wait handler started").isTrue();
      // The waiting handler parks its virtual thread: the same loop must still serve the other connection,
      // whose handler is the one that releases it.
      RawResponse released = other.send("GET /release HTTP/1.1\r\nHost: t\r\n\r\n").readResponse();
      assertThat(released.bodyText()).isEqualTo("done");
      assertThat(blocked.readResponse().bodyText()).isEqualTo("released=true");
    }
  }

  private static Route offload(String path, dev.fastpath.http.HttpHandler handler) {
    return new Route(HttpMethod.GET, path, handler, ExecutionMode.OFFLOAD);
  }

  private static String param(HttpRequest request, String name) {
    return request.queryParameters().get(name).getFirst();
  }
}
