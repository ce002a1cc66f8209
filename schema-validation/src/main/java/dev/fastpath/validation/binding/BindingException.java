package dev.fastpath.validation.binding;

/**
 * The binder met a value Jackson would refuse ({@link #deferred()} {@code false}), or a shape it leaves to
 * Jackson ({@code true}), or the DTO's constructor or a setter threw ({@link #construction()}).
 *
 * @since 0.1.0
 */
public final class BindingException extends RuntimeException {

  private final boolean deferred;

  private final boolean construction;

  BindingException(String message, boolean deferred) {
    this(message, deferred, false);
  }

  BindingException(String message, boolean deferred, boolean construction) {
    super(message, null, false, false);
    this.deferred = deferred;
    this.construction = construction;
  }

  /**
   * Whether the DTO's own code refused the values (a record's compact constructor or a setter threw): Jackson
   * reports that as a binding failure too ({@code ValueInstantiationException}), after validation could not run.
   */
  public boolean construction() {
    return this.construction;
  }

  /** Whether Jackson, not us, must decide this document. */
  public boolean deferred() {
    return this.deferred;
  }
}
