package dev.fastpath.transport;

import dev.fastpath.http.HttpException;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.ResponseStream;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The routes every engine test serves, and the latches that let a test hold handlers in flight. */
final class TestRoutes {

  static final String FILE_CONTENT = "file content, sent with a file region\n".repeat(100);

  /** Released once per {@code /block} handler that has started. */
  final Semaphore blockedEntered = new Semaphore(0);
  /** Counted down to let every {@code /block} handler finish. */
  final CountDownLatch unblock = new CountDownLatch(1);
  final Path file;

  TestRoutes(Path directory) {
    try {
      this.file = Files.writeString(directory.resolve("file.txt"), FILE_CONTENT);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  Router router() {
    return Router.builder()
        .add(route(HttpMethod.GET, "/hello", (req, res) -> text(res, "Hello")))
        .add(route(HttpMethod.GET, "/peer", (req, res) -> text(res, String.valueOf(req.remoteAddress()))))
        .add(route(HttpMethod.GET, "/item", (req, res) -> text(res, "item=" + param(req, "i"))))
        .add(offload(HttpMethod.GET, "/slow", (req, res) -> {
          Thread.sleep(Long.parseLong(param(req, "ms")));
          text(res, "item=" + param(req, "i"));
        }))
        .add(route(HttpMethod.POST, "/echo", (req, res) -> {
          String type = req.headers().get("Content-Type");
          res.setHeader("Content-Type", type != null ? type : "application/octet-stream").send(req.body().toByteArray());
        }))
        .add(route(HttpMethod.GET, "/buffer", (req, res) -> {
          ByteBuf body = PooledByteBufAllocator.DEFAULT.directBuffer();
          ByteBufUtil.writeAscii(body, "from a pooled buffer");
          res.setHeader("Content-Type", "text/plain").send(body);
        }))
        .add(offload(HttpMethod.GET, "/file", (req, res) -> res.setHeader("Content-Type", "text/plain").sendFile(this.file)))
        .add(offload(HttpMethod.GET, "/stream", (req, res) -> {
          res.setHeader("Content-Type", "text/plain");
          try (ResponseStream stream = res.stream()) {
            for (int i = 0; i < 5; i++) {
              stream.write("chunk-" + i + ";", StandardCharsets.UTF_8);
              Thread.sleep(2);
            }
          }
        }))
        .add(offload(HttpMethod.GET, "/output", (req, res) -> {
          res.setHeader("Content-Type", "text/plain");
          try (OutputStream out = res.bodyStream()) {
            out.write("written to a body stream".getBytes(StandardCharsets.UTF_8));
          }
        }))
        .add(route(HttpMethod.GET, "/fail", (req, res) -> {
          res.setHeader("Content-Type", "text/plain");
          throw new IllegalStateException("handler bug with secret detail");
        }))
        .add(route(HttpMethod.GET, "/teapot", (req, res) -> {
          throw new HttpException(418, "short and stout", true);
        }))
        .add(route(HttpMethod.GET, "/close", (req, res) -> {
          res.setHeader("Connection", "close");
          text(res, "bye");
        }))
        .add(route(HttpMethod.GET, "/async", (req, res) -> CompletableFuture.runAsync(() -> text(res, "later"),
            CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS))))
        .add(offload(HttpMethod.GET, "/block", (req, res) -> {
          this.blockedEntered.release();
          if (!this.unblock.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never unblocked");
          }
          text(res, "unblocked");
        }))
        .add(route(HttpMethod.GET, "/thread", (req, res) -> text(res, Thread.currentThread().getName())))
        .add(route(HttpMethod.GET, "/users/{id}", (req, res) -> text(res, "user " + req.pathVariable("id")
            + " of " + req.pathVariableCount() + " at " + req.routeTemplate())))
        .add(route(HttpMethod.GET, "/inject", (req, res) -> res.setHeader("X-Evil", "a\r\nSet-Cookie: b").send()))
        .add(offload(HttpMethod.GET, "/vthread", (req, res) -> text(res, "virtual=" + Thread.currentThread().isVirtual())))
        .build();
  }

  private static String param(HttpRequest request, String name) {
    List<String> values = request.queryParameters().get(name);
    return values == null ? "" : values.getFirst();
  }

  private static void text(HttpResponse response, String text) {
    response.setHeader("Content-Type", "text/plain;charset=UTF-8").send(text, StandardCharsets.UTF_8);
  }

  private static Route route(HttpMethod method, String path, dev.fastpath.http.HttpHandler handler) {
    return new Route(method, path, handler, ExecutionMode.EVENT_LOOP);
  }

  private static Route offload(HttpMethod method, String path, dev.fastpath.http.HttpHandler handler) {
    return new Route(method, path, handler, ExecutionMode.OFFLOAD);
  }
}
