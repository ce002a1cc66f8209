package dev.fastpath.autoconfigure;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.TransportListener;
import java.util.List;

/**
 * Forwards every event to several listeners in order. The engine already guards each call, so one failing
 * listener here stops the ones after it only for that event.
 */
final class CompositeTransportListener implements TransportListener {

  private final TransportListener[] listeners;

  private CompositeTransportListener(List<TransportListener> listeners) {
    this.listeners = listeners.toArray(TransportListener[]::new);
  }

  /** {@link TransportListener#NOOP} for none (so the engine skips its bookkeeping), the listener for one. */
  static TransportListener of(List<TransportListener> listeners) {
    return switch (listeners.size()) {
      case 0 -> TransportListener.NOOP;
      case 1 -> listeners.getFirst();
      default -> new CompositeTransportListener(listeners);
    };
  }

  @Override
  public void connectionOpened() {
    for (TransportListener listener : this.listeners) {
      listener.connectionOpened();
    }
  }

  @Override
  public void connectionClosed(long durationNanos, long requests) {
    for (TransportListener listener : this.listeners) {
      listener.connectionClosed(durationNanos, requests);
    }
  }

  @Override
  public void requestStarted(HttpMethod method) {
    for (TransportListener listener : this.listeners) {
      listener.requestStarted(method);
    }
  }

  @Override
  public void requestCompleted(CompletedRequest request) {
    for (TransportListener listener : this.listeners) {
      listener.requestCompleted(request);
    }
  }

  @Override
  public void requestRejected(RejectionReason reason) {
    for (TransportListener listener : this.listeners) {
      listener.requestRejected(reason);
    }
  }
}
