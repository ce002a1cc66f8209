package dev.fastpath.transport.reactor;

import dev.fastpath.http.HttpException;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.http.HttpVersion;
import dev.fastpath.http.ResponseStream;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.RouteMatch;
import dev.fastpath.transport.ProblemDetails;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * One request on the Reactor Netty engine, seen through Fastpath's handler API: the request view over
 * Reactor Netty's request and the aggregated body, the response that turns the handler's one
 * {@code send…} into the {@code Mono} Reactor Netty writes. The body buffer belongs to the caller of
 * {@link #serve}, which releases it when the returned {@code Mono} terminates.
 */
final class ReactorExchange implements HttpResponse, CompletedRequest, Runnable {

  private static final Logger logger = LoggerFactory.getLogger(ReactorExchange.class);
  private static final VarHandle PERMIT;

  static {
    try {
      PERMIT = MethodHandles.lookup().findVarHandle(ReactorExchange.class, "permit", int.class);
    } catch (ReflectiveOperationException ex) {
      throw new ExceptionInInitializerError(ex);
    }
  }

  private final ReactorNettyServer server;
  private final HttpMethod method;
  private final HttpServerRequest request;
  private final HttpServerResponse response;
  private final ByteBuf body;
  private final ReactorRequest view;
  private final MonoSink<Mono<Void>> outcome;
  private final long startNanos = System.nanoTime();
  private final HttpHeaders headers = new DefaultHttpHeaders();
  private @Nullable Route route;
  private @Nullable RouteMatch match;
  private int status = 200;
  private volatile boolean committed;
  /** 1 while this exchange holds an offload permit (see {@link #releasePermit}). */
  @SuppressWarnings("unused")
  private volatile int permit;
  private long bytesOut;
  private long durationNanos;
  private @Nullable Throwable error;

  private ReactorExchange(ReactorNettyServer server, HttpMethod method, HttpServerRequest request,
      HttpServerResponse response, ByteBuf body, MonoSink<Mono<Void>> outcome) {
    this.server = server;
    this.method = method;
    this.request = request;
    this.response = response;
    this.body = body;
    this.outcome = outcome;
    this.view = new ReactorRequest(this, method, request, body);
  }

  /** Runs the request's handler; the {@code Mono} completes when the response is written. */
  static Mono<Void> serve(ReactorNettyServer server, HttpMethod method, HttpServerRequest request,
      HttpServerResponse response, ByteBuf body) {
    return Mono.<Mono<Void>>create(sink -> new ReactorExchange(server, method, request, response, body, sink).dispatch())
        .flatMap(sending -> sending);
  }

  private void dispatch() {
    this.server.requestsInFlight.incrementAndGet();
    this.request.withConnection(connection -> counter(connection, ReactorNettyServer.ACTIVE, 1));
    this.server.listener.requestStarted(this.method);
    RouteMatch found = new RouteMatch();
    this.match = found;
    try {
      this.server.setup.router().find(this.method, this.view.path(), found);
    } catch (HttpException ex) {
      failed(ex);
      return;
    }
    this.route = found.route();
    Route matched = this.route;
    if (matched == null) {
      try {
        this.server.setup.unmatchedHandler().handle(this.view, this, found.allowedMethods());
      } catch (Throwable ex) {
        failed(ex);
      }
    } else if (matched.executionMode() == ExecutionMode.OFFLOAD) {
      if (!this.server.offloadPermits.tryAcquire()) {
        this.server.listener.requestRejected(RejectionReason.OVERLOADED);
        sendProblem(503, "Too many requests in progress", "1");
        return;
      }
      this.permit = 1;
      this.server.virtualThreads.newThread(this).start();
    } else {
      invoke(matched);
    }
  }

  @Override
  public void run() {
    try {
      Route matched = this.route;
      assert matched != null;
      invoke(matched);
    } finally {
      releasePermit();
    }
  }

  private void invoke(Route matched) {
    try {
      matched.handler().handle(this.view, this);
    } catch (Throwable ex) {
      failed(ex);
    }
  }

  private void failed(Throwable ex) {
    int code = ex instanceof HttpException http ? http.status() : 500;
    String template = routeTemplate();
    if (code >= 500) {
      logger.warn("Handler for {} {} failed", this.method, template != null ? template : "(unmatched)", ex);
    } else {
      logger.debug("Handler for {} {} answered {}", this.method, template, code, ex);
    }
    if (!this.committed) {
      this.error = ex;
      sendProblem(code, ex instanceof HttpException http && http.safeMessage() ? http.getMessage() : null, null);
    }
  }

  private void sendProblem(int code, @Nullable String detail, @Nullable String retryAfter) {
    this.headers.clear();
    this.status = code;
    this.headers.set(HttpHeaderNames.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE);
    if (retryAfter != null) {
      this.headers.set(HttpHeaderNames.RETRY_AFTER, retryAfter);
    }
    send(ProblemDetails.body(code, detail));
  }

  // ---- writing

  private HttpServerResponse prepare(long contentLength) {
    this.headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
    if (this.status < 200 || this.status == 204) {
      this.headers.remove(HttpHeaderNames.CONTENT_LENGTH);
    } else if (contentLength >= 0 && (this.status != 304 || contentLength > 0)) {
      this.headers.set(HttpHeaderNames.CONTENT_LENGTH, contentLength);
    }
    String connection = this.headers.get(HttpHeaderNames.CONNECTION);
    boolean close = this.server.draining()
        || connection != null && connection.toLowerCase(Locale.ROOT).contains("close")
        || !requestKeepAlive();
    boolean http10 = this.view.version() == HttpVersion.HTTP_1_0;
    if (contentLength < 0 && !bodyDropped()) {
      if (http10) {
        close = true;
      } else {
        this.headers.set(HttpHeaderNames.TRANSFER_ENCODING, io.netty.handler.codec.http.HttpHeaderValues.CHUNKED);
      }
    }
    if (close) {
      this.headers.set(HttpHeaderNames.CONNECTION, io.netty.handler.codec.http.HttpHeaderValues.CLOSE);
    } else if (http10) {
      this.headers.set(HttpHeaderNames.CONNECTION, io.netty.handler.codec.http.HttpHeaderValues.KEEP_ALIVE);
    }
    HttpServerResponse prepared = this.response.status(this.status).headers(this.headers);
    if (close) {
      prepared.keepAlive(false);
    }
    return prepared;
  }

  /** RFC 9112 §9.3: HTTP/1.1 persists unless {@code close}, HTTP/1.0 only with {@code keep-alive}. */
  private boolean requestKeepAlive() {
    String connection = this.request.requestHeaders().get(HttpHeaderNames.CONNECTION);
    String options = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
    return this.view.version() == HttpVersion.HTTP_1_0 ? options.contains("keep-alive") : !options.contains("close");
  }

  private boolean bodyDropped() {
    return this.method == HttpMethod.HEAD || this.status < 200 || this.status == 204 || this.status == 304;
  }

  /**
   * Gives the offload permit back once: when the response is handed to Reactor Netty (so a client that
   * reads it and sends its next request finds the slot free, as with the Fastpath engine) or when the
   * handler returns, whichever comes first.
   */
  private void releasePermit() {
    if ((int) PERMIT.getAndSet(this, 0) == 1) {
      this.server.offloadPermits.release();
    }
  }

  private void finish(Mono<Void> sending) {
    releasePermit();
    this.outcome.success(sending.doFinally(signal -> {
      this.durationNanos = System.nanoTime() - this.startNanos;
      this.server.requestsInFlight.decrementAndGet();
      this.request.withConnection(connection -> {
        counter(connection, ReactorNettyServer.REQUESTS, 1);
        counter(connection, ReactorNettyServer.ACTIVE, -1);
      });
      this.server.listener.requestCompleted(this);
    }));
  }

  private static void counter(reactor.netty.Connection connection,
      io.netty.util.AttributeKey<java.util.concurrent.atomic.AtomicLong> key, int delta) {
    java.util.concurrent.atomic.AtomicLong counter = connection.channel().attr(key).get();
    if (counter != null) {
      counter.addAndGet(delta);
    }
  }

  private void commit() {
    if (this.committed) {
      throw new IllegalStateException("The response was already sent");
    }
    this.committed = true;
  }

  @Override
  public void send(ByteBuf content) {
    if (this.committed) {
      content.release();
    }
    commit();
    int length = content.readableBytes();
    HttpServerResponse prepared = prepare(length);
    if (bodyDropped()) {
      content.release();
      finish(prepared.send());
    } else {
      this.bytesOut = length;
      finish(prepared.send(Mono.just(content)).then());
    }
  }

  @Override
  public void send() {
    send(Unpooled.EMPTY_BUFFER);
  }

  @Override
  public void send(byte[] content) {
    send(Unpooled.wrappedBuffer(content));
  }

  @Override
  public void send(CharSequence text, Charset charset) {
    if (charset == StandardCharsets.UTF_8) {
      ByteBuf content = PooledByteBufAllocator.DEFAULT.buffer(ByteBufUtil.utf8MaxBytes(text));
      ByteBufUtil.writeUtf8(content, text);
      send(content);
    } else {
      send(text.toString().getBytes(charset));
    }
  }

  @Override
  public void sendFile(Path file, long position, long count) throws IOException {
    if (this.committed) {
      throw new IllegalStateException("The response was already sent");
    }
    long size = Files.size(file);
    if (position < 0 || count < 0 || position + count > size) {
      throw new IOException("Range " + position + "+" + count + " is outside " + file + " (" + size + " bytes)");
    }
    commit();
    HttpServerResponse prepared = prepare(count);
    if (bodyDropped()) {
      finish(prepared.send());
    } else {
      this.bytesOut = count;
      finish(prepared.sendFile(file, position, count).then());
    }
  }

  @Override
  public OutputStream bodyStream() {
    ByteBuf buffer = PooledByteBufAllocator.DEFAULT.buffer();
    return new ByteBufOutputStream(buffer) {
      private boolean closed;

      @Override
      public void close() throws IOException {
        if (!this.closed) {
          this.closed = true;
          super.close();
          send(buffer);
        }
      }
    };
  }

  @Override
  public ResponseStream stream() {
    commit();
    Sinks.Many<ByteBuf> chunks = Sinks.many().unicast().onBackpressureBuffer();
    HttpServerResponse prepared = prepare(-1);
    boolean drop = bodyDropped();
    finish(drop ? prepared.send() : prepared.send(chunks.asFlux().doOnNext(c -> this.bytesOut += c.readableBytes()))
        .then());
    return new ReactorResponseStream(chunks, drop);
  }

  // ---- HttpResponse state

  @Override
  public HttpResponse status(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be a three-digit code, was " + status);
    }
    this.status = status;
    return this;
  }

  @Override
  public int status() {
    return this.status;
  }

  @Override
  public HttpResponse addHeader(CharSequence name, CharSequence value) {
    this.headers.add(name, value);
    return this;
  }

  @Override
  public HttpResponse setHeader(CharSequence name, CharSequence value) {
    this.headers.set(name, value);
    return this;
  }

  @Override
  public @Nullable String header(CharSequence name) {
    return this.headers.get(name);
  }

  @Override
  public boolean isCommitted() {
    return this.committed;
  }

  /** The route that matched, or {@code null}. */
  @Nullable Route route() {
    return this.route;
  }

  /** The filled match, or {@code null} before routing. */
  @Nullable RouteMatch match() {
    return this.match;
  }

  // ---- CompletedRequest

  @Override
  public HttpMethod method() {
    return this.method;
  }

  @Override
  public @Nullable String routeTemplate() {
    Route matched = this.route;
    return matched != null ? matched.template() : null;
  }

  @Override
  public long durationNanos() {
    return this.durationNanos;
  }

  @Override
  public long bytesIn() {
    return this.body.refCnt() > 0 ? this.body.readableBytes() : 0;
  }

  @Override
  public long bytesOut() {
    return this.bytesOut;
  }

  @Override
  public @Nullable Throwable error() {
    return this.error;
  }
}
