package dev.fastpath.validation.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value known at compile time ({@code enum}/{@code const} values, and the schema documents the JSON
 * Schema compiler reads). Numbers keep their exact decimal value; objects keep their member order.
 *
 * @since 0.1.0
 */
public sealed interface JsonLiteral {

  /** The JSON type of this value ({@link JsonType#NUMBER} for every number). */
  JsonType type();

  /** {@code null}. */
  enum Null implements JsonLiteral {
    INSTANCE;

    @Override
    public JsonType type() {
      return JsonType.NULL;
    }

    @Override
    public String toString() {
      return "null";
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements JsonLiteral {
    @Override
    public JsonType type() {
      return JsonType.BOOLEAN;
    }

    @Override
    public String toString() {
      return Boolean.toString(this.value);
    }
  }

  /** A number with its exact decimal value. Equality is numeric ({@code 1 == 1.0}). */
  record Num(BigDecimal value) implements JsonLiteral {
    public Num {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public JsonType type() {
      return JsonType.NUMBER;
    }

    /** Whether the value is integral ({@code 1.0} is). */
    public boolean isIntegral() {
      return this.value.signum() == 0 || this.value.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Num num && num.value.compareTo(this.value) == 0;
    }

    @Override
    public int hashCode() {
      return this.value.signum() == 0 ? 0 : this.value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return this.value.toString();
    }
  }

  /** A string. */
  record Str(String value) implements JsonLiteral {
    public Str {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public JsonType type() {
      return JsonType.STRING;
    }

    @Override
    public String toString() {
      return JsonLiteralWriter.quote(this.value);
    }
  }

  /** An array. */
  record Arr(List<JsonLiteral> items) implements JsonLiteral {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public JsonType type() {
      return JsonType.ARRAY;
    }

    @Override
    public String toString() {
      return JsonLiteralWriter.write(this);
    }
  }

  /**
   * An object; member order is kept for messages, equality ignores it. Duplicate names are rejected by the
   * reader that builds it.
   */
  record Obj(Map<String, JsonLiteral> members) implements JsonLiteral {
    public Obj {
      members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }

    @Override
    public JsonType type() {
      return JsonType.OBJECT;
    }

    @Override
    public String toString() {
      return JsonLiteralWriter.write(this);
    }
  }
}
