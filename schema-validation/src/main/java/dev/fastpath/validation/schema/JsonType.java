package dev.fastpath.validation.schema;

import java.util.Set;

/**
 * The JSON types of the data model (RFC 8259 §3) as JSON Schema names them. {@link #INTEGER} is the subset of
 * {@link #NUMBER} whose value is integral, whatever its text ({@code 1.0} and {@code 1e2} are integers, as in
 * JSON Schema 2020-12 §6.1.1).
 *
 * @since 0.1.0
 */
public enum JsonType {
  NULL("null"),
  BOOLEAN("boolean"),
  OBJECT("object"),
  ARRAY("array"),
  NUMBER("number"),
  INTEGER("integer"),
  STRING("string");

  private final String jsonName;

  JsonType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The keyword value JSON Schema uses for this type ({@code "integer"}). */
  public String jsonName() {
    return this.jsonName;
  }

  /** One bit per type, for compact type sets. */
  public int bit() {
    return 1 << ordinal();
  }

  /** The bit mask of a set of types. */
  public static int mask(Set<JsonType> types) {
    int mask = 0;
    for (JsonType type : types) {
      mask |= type.bit();
    }
    return mask;
  }

  /** The type with the given JSON Schema name, or {@code null}. */
  public static @org.jspecify.annotations.Nullable JsonType byName(String name) {
    for (JsonType type : values()) {
      if (type.jsonName.equals(name)) {
        return type;
      }
    }
    return null;
  }
}
