package dev.fastpath.validation.binding;

/**
 * The binder met a value Jackson would refuse ({@link #deferred()} {@code false}), or a shape it leaves to
 * Jackson ({@code true}). Only thrown when a binder runs on a document its validator did not accept first.
 *
 * @since 0.1.0
 */
public final class BindingException extends RuntimeException {

  private final boolean deferred;

  BindingException(String message, boolean deferred) {
    super(message, null, false, false);
    this.deferred = deferred;
  }

  /** Whether Jackson, not us, must decide this document. */
  public boolean deferred() {
    return this.deferred;
  }
}
