package dev.fastpath.validation;

/**
 * A schema cannot be compiled: it is not well-formed (a keyword with a value of the wrong type, an
 * unresolvable {@code $ref}, ...) or uses something unsupported ({@link UnsupportedSchemaException}).
 *
 * @since 0.1.0
 */
public class SchemaException extends RuntimeException {

  private final String location;

  /**
   * @param message what is wrong, naming the location
   * @param location where in the schema
   */
  public SchemaException(String message, String location) {
    super(message);
    this.location = location;
  }

  /** Where in the schema (a JSON Pointer fragment such as {@code #/properties/a}, or a class and property). */
  public String location() {
    return this.location;
  }
}
