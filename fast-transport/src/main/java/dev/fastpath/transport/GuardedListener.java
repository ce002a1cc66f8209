package dev.fastpath.transport;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.TransportListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a failing metrics listener from breaking a connection: its exceptions are logged and dropped. */
final class GuardedListener implements TransportListener {

  private static final Logger logger = LoggerFactory.getLogger(GuardedListener.class);

  private final TransportListener delegate;

  GuardedListener(TransportListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void connectionOpened() {
    try {
      this.delegate.connectionOpened();
    } catch (RuntimeException ex) {
      failed("connectionOpened", ex);
    }
  }

  @Override
  public void connectionClosed(long durationNanos, long requests) {
    try {
      this.delegate.connectionClosed(durationNanos, requests);
    } catch (RuntimeException ex) {
      failed("connectionClosed", ex);
    }
  }

  @Override
  public void requestStarted(HttpMethod method) {
    try {
      this.delegate.requestStarted(method);
    } catch (RuntimeException ex) {
      failed("requestStarted", ex);
    }
  }

  @Override
  public void requestCompleted(CompletedRequest request) {
    try {
      this.delegate.requestCompleted(request);
    } catch (RuntimeException ex) {
      failed("requestCompleted", ex);
    }
  }

  @Override
  public void requestRejected(RejectionReason reason) {
    try {
      this.delegate.requestRejected(reason);
    } catch (RuntimeException ex) {
      failed("requestRejected", ex);
    }
  }

  private void failed(String event, RuntimeException ex) {
    logger.warn("Metrics listener {} failed on {}", this.delegate.getClass().getName(), event, ex);
  }
}
