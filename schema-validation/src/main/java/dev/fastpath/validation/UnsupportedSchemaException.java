package dev.fastpath.validation;

/**
 * A schema uses something the compiler does not support (a keyword, a remote {@code $ref}, an older
 * {@code $schema} draft, an unknown format to assert, ...). The message names the keyword and its location
 * (a JSON Pointer into the schema document, or a class and property).
 *
 * @since 0.1.0
 */
public class UnsupportedSchemaException extends SchemaException {

  private final String keyword;

  /**
   * @param keyword what is unsupported ({@code $dynamicRef}, {@code format "idn-email"}, ...)
   * @param location where ({@code #/properties/a}, or {@code com.example.Order.items})
   * @param reason why, in a few words
   */
  public UnsupportedSchemaException(String keyword, String location, String reason) {
    super("unsupported " + keyword + " at " + location + ": " + reason, location);
    this.keyword = keyword;
  }

  /** The unsupported keyword or feature. */
  public String keyword() {
    return this.keyword;
  }
}
