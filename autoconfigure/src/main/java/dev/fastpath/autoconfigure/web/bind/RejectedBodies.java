package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.FastpathValidationListener;
import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tells the {@link FastpathValidationListener}s (the {@code fastpath.validation.failures} meter) about every
 * validated body that was refused: constraint violations, binding failures, malformed or too large
 * documents. A listener that throws is logged and does not change the answer.
 *
 * @since 0.1
 */
final class RejectedBodies {

  static final RejectedBodies NONE = new RejectedBodies(List.of());

  private static final Logger logger = LoggerFactory.getLogger(RejectedBodies.class);

  private final FastpathValidationListener[] listeners;

  RejectedBodies(List<FastpathValidationListener> listeners) {
    this.listeners = listeners.toArray(FastpathValidationListener[]::new);
  }

  /** Reports {@code failure} when it refuses the body; other exceptions (a 500, say) are not counted. */
  void report(WebExchange exchange, Exception failure) {
    if (this.listeners.length == 0) {
      return;
    }
    int violations;
    if (failure instanceof MethodArgumentNotValidException notValid) {
      BindingResult result = notValid.getBindingResult();
      violations = Math.max(1, result.getErrorCount());
    } else if (failure instanceof HttpMessageNotReadableException
        || (failure instanceof ResponseStatusException status && status.getStatusCode().value() == 413)) {
      violations = 1;
    } else {
      return;
    }
    String template = exchange.request().routeTemplate();
    for (FastpathValidationListener listener : this.listeners) {
      try {
        listener.validationFailed(exchange.method(), template != null ? template : "UNKNOWN", violations);
      } catch (RuntimeException ex) {
        logger.warn("FastpathValidationListener {} failed", listener, ex);
      }
    }
  }
}
