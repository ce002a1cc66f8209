package dev.fastpath.transport;

import dev.fastpath.http.HttpException;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.ResponseStream;
import dev.fastpath.http1.Http1Request;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.RouteMatch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.FileRegion;
import io.netty.util.ReferenceCountUtil;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its response on a connection: routes the request, runs the handler on the event loop
 * or on a virtual thread, and keeps the completed response until the connection writes it in request
 * order. Reused by its connection for later requests once both the handler and the connection are done
 * with it.
 *
 * <p>Threads: everything runs on the connection's event loop except the handler (and what it calls on the
 * {@link ServerResponse}) when offloaded or completed asynchronously; a completion from another thread
 * is handed to the loop by {@link Http1ConnectionHandler#completeLater}, whose atomic hand-over orders the
 * handler's writes before the loop's reads.
 *
 * <p>Buffers: the exchange owns the request message until both sides are done (see {@link #parties}),
 * and the response body until the connection writes it (then the channel owns it) or drops it.
 */
final class Http1Exchange implements Runnable, CompletedRequest {

  private static final Logger logger = LoggerFactory.getLogger(Http1Exchange.class);
  private static final VarHandle PARTIES;

  static {
    try {
      PARTIES = MethodHandles.lookup().findVarHandle(Http1Exchange.class, "parties", int.class);
    } catch (ReflectiveOperationException ex) {
      throw new ExceptionInInitializerError(ex);
    }
  }

  static final int KIND_BODY = 1;
  static final int KIND_FILE = 2;
  static final int KIND_STREAM = 3;
  static final int KIND_BYTES = 4;

  final Http1ConnectionHandler connection;
  final ServerRequest request = new ServerRequest(this);
  final ServerResponse response = new ServerResponse(this);

  // ---- per request, set on the loop before the handler runs
  private @Nullable Http1Request message;
  HttpMethod method = HttpMethod.GET;
  private @Nullable Route route;
  /** Reused for every request of this exchange: the router fills it without allocating. */
  final RouteMatch match = new RouteMatch();
  boolean headRequest;
  private long startNanos;
  private long durationNanos;
  /** The handler and the connection: the request message is released when both are done. */
  @SuppressWarnings("unused")
  private volatile int parties;

  // ---- the response, handed from the handler's thread to the loop (Http1ConnectionHandler.completeLater)
  int kind;
  @Nullable ByteBuf body;
  byte @Nullable [] bytes;
  @Nullable FileRegion file;
  @Nullable ChunkedStream stream;
  private @Nullable Throwable error;

  // ---- loop-confined state
  boolean ready;
  boolean cancelled;
  /** Set when the head is on the wire: streamed chunks may follow it directly. */
  boolean headWritten;
  /** The connection closes after this response ({@code Connection: close} in its head). */
  boolean closeAfter;
  /** A HEAD request or a bodiless status: streamed chunks are dropped. */
  boolean dropStreamBody;
  /** The stream uses chunked transfer coding (not a handler-set length or a close-delimited body). */
  boolean chunked;
  long bytesOut;
  @Nullable Http1Exchange nextFree;
  /** The next offloaded exchange of the same read batch: one virtual thread runs them in order. */
  @Nullable Http1Exchange nextOffloaded;
  /** The next exchange completed on another thread, waiting for the loop (see completeLater). */
  @Nullable Http1Exchange nextCompleted;

  Http1Exchange(Http1ConnectionHandler connection) {
    this.connection = connection;
  }

  /** Takes over {@code message} (one reference) for a new request. */
  void init(Http1Request message, long startNanos) {
    this.message = message;
    this.method = message.method();
    this.headRequest = this.method == HttpMethod.HEAD;
    this.startNanos = startNanos;
    this.parties = 2;
  }

  Http1Request message() {
    Http1Request current = this.message;
    if (current == null) {
      throw new IllegalStateException("The request is no longer available: its response was sent");
    }
    return current;
  }

  ByteBufAllocator alloc() {
    return this.connection.alloc();
  }

  // ---- routing and dispatch (on the loop)

  /** Routes and runs the handler (or the unmatched handler, or a 503 when offloading is saturated). */
  void dispatch() {
    Http1Request request = message();
    try {
      this.connection.server.router.find(this.method, request.pathBytes(), request.pathStart(), request.pathLength(),
          this.match);
    } catch (HttpException ex) {
      // A malformed percent-encoding: the request fails, the connection stays usable.
      failed(ex);
      handlerDone();
      return;
    }
    this.route = this.match.route();
    Route matched = this.route;
    if (matched == null) {
      invokeUnmatched(this.match.allowedMethods());
    } else if (matched.executionMode() == ExecutionMode.OFFLOAD) {
      offload();
    } else {
      invoke();
    }
  }

  private void offload() {
    if (!this.connection.offload(this)) {
      this.connection.server.listener.requestRejected(RejectionReason.OVERLOADED);
      this.response.sendProblem(503, "Too many requests in progress", "1");
      handlerDone();
    }
  }

  /**
   * On the loop: starts a virtual thread (its permit taken) that runs this exchange's handler and then
   * those chained after it by {@link #nextOffloaded}, in order. When that fails the chain's handlers fail
   * (500) on the loop.
   */
  void startOffloaded(ThreadFactory threads) {
    try {
      threads.newThread(this).start();
    } catch (RuntimeException | OutOfMemoryError ex) {
      this.connection.server.offloadPermits.release();
      Http1Exchange current = this;
      while (current != null) {
        Http1Exchange next = current.nextOffloaded;
        current.nextOffloaded = null;
        current.failed(ex);
        current.handlerDone();
        current = next;
      }
    }
  }

  /** On a virtual thread: the offloaded handlers of this chain, one after the other, as they arrived. */
  @Override
  public void run() {
    // Read before any handler runs: once they are done this exchange may be recycled for another request.
    ServerContext server = this.connection.server;
    try {
      Http1Exchange current = this;
      while (current != null) {
        Http1Exchange next = current.nextOffloaded;
        current.nextOffloaded = null;
        current.invoke();
        current = next;
      }
    } finally {
      server.offloadPermits.release();
    }
  }

  private void invoke() {
    Route matched = this.route;
    assert matched != null;
    try {
      matched.handler().handle(this.request, this.response);
    } catch (Throwable ex) {
      failed(ex);
    } finally {
      handlerDone();
    }
  }

  private void invokeUnmatched(Set<HttpMethod> allowed) {
    try {
      this.connection.server.unmatchedHandler.handle(this.request, this.response, allowed);
    } catch (Throwable ex) {
      failed(ex);
    } finally {
      handlerDone();
    }
  }

  /** A handler threw: answer with its status unless it already committed, log once with the route. */
  private void failed(Throwable ex) {
    String template = routeTemplate();
    int status = ex instanceof HttpException http ? http.status() : 500;
    if (status >= 500) {
      logger.warn("Handler for {} {} failed", this.method, template != null ? template : "(unmatched)", ex);
    } else {
      logger.debug("Handler for {} {} answered {}", this.method, template, status, ex);
    }
    if (!this.response.isCommitted()) {
      this.error = ex;
      String detail = ex instanceof HttpException http && http.safeMessage() ? http.getMessage() : null;
      this.response.sendProblem(status, detail, null);
    } else if (this.kind == KIND_STREAM && this.stream != null) {
      this.stream.abort();
    }
  }

  // ---- completion (from the handler's thread)

  /** A body the handler gave as an array: the writer copies it into the head's buffer when small. */
  void complete(byte[] bytes) {
    this.kind = KIND_BYTES;
    this.bytes = bytes;
    handOver();
  }

  void complete(ByteBuf body) {
    this.kind = KIND_BODY;
    this.body = body;
    handOver();
  }

  void completeWithFile(FileRegion file) {
    this.kind = KIND_FILE;
    this.file = file;
    handOver();
  }

  ResponseStream startStream() {
    ChunkedStream started = new ChunkedStream(this);
    this.kind = KIND_STREAM;
    this.stream = started;
    handOver();
    return started;
  }

  private void handOver() {
    if (this.connection.inEventLoop()) {
      ready();
    } else {
      this.connection.completeLater(this);
    }
  }

  /** On the loop: the response is complete (or, for a stream, started). */
  void ready() {
    if (this.cancelled) {
      releaseResponse();
      return;
    }
    this.ready = true;
    this.connection.responseReady(this);
  }

  // ---- end of life

  /** The connection is writing the response: fixes the duration the metrics listener sees. */
  void finishing() {
    this.durationNanos = this.connection.server.listening ? System.nanoTime() - this.startNanos : 0;
  }

  /** The handler returned (it may still complete the response later, asynchronously). */
  private void handlerDone() {
    if ((int) PARTIES.getAndAdd(this, -1) == 1) {
      recycleOrRelease();
    }
  }

  /** The connection wrote the response, or gave up on the exchange (on the loop). */
  void connectionDone() {
    if ((int) PARTIES.getAndAdd(this, -1) == 1) {
      recycleOrRelease();
    }
  }

  /**
   * The connection closed before writing this exchange: drop its response now, and whatever the handler
   * still sends later (see {@link #ready()}).
   */
  void cancel(boolean dispatched) {
    this.cancelled = true;
    if (this.ready) {
      releaseResponse();
    }
    if (!dispatched) {
      handlerDone();
    }
    connectionDone();
  }

  private void recycleOrRelease() {
    Http1Request current = this.message;
    this.message = null;
    if (current != null) {
      current.release();
    }
    if (this.connection.inEventLoop() && !this.cancelled) {
      this.connection.recycle(this);
    }
  }

  /** Clears the per-request state for the next request (on the loop). */
  void reset() {
    this.request.reset();
    this.response.reset();
    this.route = null;
    this.match.reset();
    this.kind = 0;
    this.body = null;
    this.bytes = null;
    this.file = null;
    this.stream = null;
    this.error = null;
    this.ready = false;
    this.cancelled = false;
    this.headWritten = false;
    this.closeAfter = false;
    this.dropStreamBody = false;
    this.chunked = false;
    this.bytesOut = 0;
  }

  void releaseResponse() {
    this.bytes = null;
    ByteBuf pendingBody = this.body;
    this.body = null;
    if (pendingBody != null) {
      ReferenceCountUtil.safeRelease(pendingBody);
    }
    FileRegion pendingFile = this.file;
    this.file = null;
    if (pendingFile != null) {
      ReferenceCountUtil.safeRelease(pendingFile);
    }
    ChunkedStream pendingStream = this.stream;
    if (pendingStream != null) {
      pendingStream.releasePending();
    }
  }

  // ---- route data for the request view

  @Nullable Route route() {
    return this.route;
  }
  // ---- CompletedRequest, for the metrics listener during requestCompleted

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
  public int status() {
    return this.response.status;
  }

  @Override
  public long durationNanos() {
    return this.durationNanos;
  }

  @Override
  public long bytesIn() {
    Http1Request current = this.message;
    return current != null ? current.content().readableBytes() : 0;
  }

  @Override
  public long bytesOut() {
    return this.bytesOut;
  }

  @Override
  public @Nullable Throwable error() {
    return this.error;
  }

  /** The request view while the message is held (the connection releases it after requestCompleted). */
  @Override
  public @Nullable HttpRequest request() {
    return this.message != null ? this.request : null;
  }
}
