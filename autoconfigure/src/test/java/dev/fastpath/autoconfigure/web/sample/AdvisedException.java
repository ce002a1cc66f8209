package dev.fastpath.autoconfigure.web.sample;

/** Handled by the sample @RestControllerAdvice. */
public class AdvisedException extends RuntimeException {
  public AdvisedException(String message) {
    super(message);
  }
}
