package dev.fastpath.autoconfigure.web.sample;

/** Handled by an @ExceptionHandler in the controller that throws it. */
public class LocalException extends RuntimeException {
  public LocalException(String message) {
    super(message);
  }
}
