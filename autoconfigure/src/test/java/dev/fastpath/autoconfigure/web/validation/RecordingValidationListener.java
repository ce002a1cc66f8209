package dev.fastpath.autoconfigure.web.validation;

import dev.fastpath.autoconfigure.FastpathValidationListener;
import dev.fastpath.http.HttpMethod;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the validation failures Fastpath reports, as {@code "POST /orders 3"}. */
public final class RecordingValidationListener implements FastpathValidationListener {

  private final List<String> failures = new CopyOnWriteArrayList<>();

  @Override
  public void validationFailed(HttpMethod method, String routeTemplate, int violations) {
    this.failures.add(method + " " + routeTemplate + " " + violations);
  }

  /** What was reported so far. */
  public List<String> failures() {
    return List.copyOf(this.failures);
  }
}
