package dev.fastpath.validation.binding;

import static dev.fastpath.validation.binding.BindState.NULL;

import dev.fastpath.validation.engine.JsonTape;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Coerces one JSON value of a tape into a Java scalar exactly as Jackson 3.1's standard deserializers do with
 * their default settings (Spring Boot 4 does not change them): {@code ALLOW_COERCION_OF_SCALARS} ({@code "2"}
 * binds to {@code int}), {@code ACCEPT_FLOAT_AS_INT} ({@code 2.5} binds to {@code int} as 2),
 * {@code FAIL_ON_NULL_FOR_PRIMITIVES} ({@code null} and {@code ""} fail for {@code int} and read as {@code null}
 * for {@code Integer}), no {@code UNWRAP_SINGLE_VALUE_ARRAYS}, enums by {@code toString()} or index, dates in
 * ISO-8601 adjusted to the context time zone. Each rule cites the Jackson method it follows.
 *
 * <p>The result lands in the {@link BindState} slot ({@link BindState#VALUE} with no allocation for strings,
 * integers, floating-point numbers and booleans read from the tape), or is {@link BindState#NULL},
 * {@link BindState#FAIL} (Jackson would throw; the message never echoes the value) or {@link BindState#DEFER}
 * (shapes we do not mirror, e.g. a number as a date: Jackson decides).
 *
 * @since 0.1.0
 */
public final class Coercions {

  private Coercions() {
  }

  /**
   * Coerces the value at {@code index} to {@code type}'s scalar kind.
   *
   * @param zone the context time zone {@code OffsetDateTime}/{@code ZonedDateTime} are adjusted to
   * @return the slot status
   */
  public static int coerce(TypeModel.Scalar type, ZoneId zone, BindState st, int index) {
    JsonTape tape = st.tape;
    int token = tape.type(index);
    boolean primitive = type.primitive();
    return switch (type.kind()) {
      case STRING -> string(st, tape, token, index);
      case INT, LONG, SHORT, BYTE -> NumberCoercions.integral(type.kind(), primitive, st, tape, token, index);
      case DOUBLE, FLOAT -> NumberCoercions.floating(type.kind(), primitive, st, tape, token, index);
      case BOOLEAN -> bool(primitive, st, tape, token, index);
      case CHAR -> character(primitive, st, tape, token, index);
      case BIG_DECIMAL -> NumberCoercions.bigDecimal(st, tape, token, index);
      case BIG_INTEGER -> NumberCoercions.bigInteger(st, tape, token, index);
      case UUID -> uuid(st, tape, token, index);
      default -> TemporalCoercions.coerce(type.kind(), zone, st, tape, token, index);
    };
  }

  /** The Java value of the slot after {@link #coerce} returned {@link BindState#VALUE} (allocates). */
  public static Object box(ScalarKind kind, BindState st) {
    return switch (kind) {
      case STRING -> st.stringValue();
      case INT -> (int) st.longValue;
      case LONG -> st.longValue;
      case SHORT -> (short) st.longValue;
      case BYTE -> (byte) st.longValue;
      case DOUBLE -> st.doubleValue;
      case FLOAT -> (float) st.doubleValue;
      case BOOLEAN -> st.longValue != 0;
      case CHAR -> (char) st.longValue;
      default -> st.object;
    };
  }

  // ---- String: StringDeserializer ----------------------------------------------------------------------

  private static int string(BindState st, JsonTape tape, int token, int index) {
    return switch (token) {
      case JsonTape.STRING -> st.string(index);
      // Scalars coerce to their text (CoercionInputShape Integer/Float/Boolean -> TryConvert by default).
      case JsonTape.INT64, JsonTape.DOUBLE -> st.value(st.numberText(index));
      case JsonTape.TRUE -> st.value("true");
      case JsonTape.FALSE -> st.value("false");
      case JsonTape.NULL -> st.set(NULL);
      default -> st.fail(mismatch(token, "java.lang.String"));
    };
  }

  // ---- boolean: _parseBooleanPrimitive, _parseBoolean --------------------------------------------------

  private static int bool(boolean primitive, BindState st, JsonTape tape, int token, int index) {
    String javaName = primitive ? "boolean" : "java.lang.Boolean";
    switch (token) {
      case JsonTape.TRUE -> {
        return st.value(1L);
      }
      case JsonTape.FALSE -> {
        return st.value(0L);
      }
      case JsonTape.INT64 -> {
        // _coerceBooleanFromInt: non-zero is true.
        return st.value(tape.longValue(index) != 0 ? 1L : 0L);
      }
      case JsonTape.DOUBLE -> {
        // Beyond-long integer literals are non-zero; fractions are refused.
        return st.isIntegerLiteral(index) ? st.value(1L) : st.fail(mismatch(token, javaName));
      }
      case JsonTape.STRING -> {
        String text = tape.string(index);
        if (isBlank(text)) {
          return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
        }
        String trimmed = text.trim();
        switch (trimmed) {
          case "true", "True", "TRUE" -> {
            return st.value(1L);
          }
          case "false", "False", "FALSE" -> {
            return st.value(0L);
          }
          case "null" -> {
            return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
          }
          default -> {
            return st.fail("only \"true\" or \"false\" are recognized for " + javaName);
          }
        }
      }
      case JsonTape.NULL -> {
        return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, javaName));
      }
    }
  }

  // ---- char: CharacterDeserializer ---------------------------------------------------------------------

  private static int character(boolean primitive, BindState st, JsonTape tape, int token, int index) {
    String javaName = primitive ? "char" : "java.lang.Character";
    switch (token) {
      case JsonTape.STRING -> {
        String text = tape.string(index);
        if (text.length() == 1) {
          return st.value((long) text.charAt(0));
        }
        if (isBlank(text) || text.trim().equals("null")) {
          return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
        }
        return st.fail("expected an integer character code or a 1-character string for " + javaName);
      }
      case JsonTape.INT64 -> {
        long value = tape.longValue(index);
        return value >= 0 && value <= 0xFFFF ? st.value(value)
            : st.fail("value outside the Character range (0x0000 - 0xFFFF)");
      }
      case JsonTape.NULL -> {
        return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, javaName));
      }
    }
  }

  // ---- UUID: FromStringDeserializer, UUIDDeserializer --------------------------------------------------

  private static int uuid(BindState st, JsonTape tape, int token, int index) {
    String text = switch (token) {
      case JsonTape.STRING -> tape.string(index);
      case JsonTape.INT64, JsonTape.DOUBLE -> st.numberText(index);
      case JsonTape.TRUE -> "true";
      case JsonTape.FALSE -> "false";
      default -> null;
    };
    if (token == JsonTape.NULL) {
      return st.set(NULL);
    }
    if (text == null) {
      return st.fail(mismatch(token, "java.util.UUID"));
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return st.set(NULL);
    }
    if (trimmed.length() == 24 || trimmed.length() == 22) {
      return st.defer("a 22- or 24-character UUID (Jackson reads it as Base64)");
    }
    UUID value = parseUuid(trimmed);
    return value == null ? st.fail("UUID has to be represented by standard 36-char representation")
        : st.value(value);
  }

  private static UUID parseUuid(String id) {
    if (id.length() != 36 || id.charAt(8) != '-' || id.charAt(13) != '-' || id.charAt(18) != '-'
        || id.charAt(23) != '-') {
      return null;
    }
    long hi = 0;
    long lo = 0;
    int digits = 0;
    for (int i = 0; i < 36; i++) {
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        continue;
      }
      int nibble = Character.digit(id.charAt(i), 16);
      if (nibble < 0 || id.charAt(i) > 'f') {
        return null;
      }
      if (digits < 16) {
        hi = (hi << 4) | nibble;
      } else {
        lo = (lo << 4) | nibble;
      }
      digits++;
    }
    return new UUID(hi, lo);
  }

  // ---- enums: EnumDeserializer -------------------------------------------------------------------------

  /** Coerces to a constant of {@code constants} (into {@link BindState#object()}). */
  public static int coerceEnum(TypeModel.EnumConstants constants, String javaName, BindState st, int index) {
    JsonTape tape = st.tape;
    int token = tape.type(index);
    switch (token) {
      case JsonTape.STRING -> {
        String text = tape.string(index);
        Enum<?> constant = constants.byName(text);
        if (constant == null) {
          String trimmed = text.trim();
          if (trimmed.length() != text.length()) {
            constant = constants.byName(trimmed);
          }
          if (constant == null) {
            return enumAltString(constants, javaName, st, text, trimmed);
          }
        }
        return st.value(constant);
      }
      case JsonTape.INT64 -> {
        long value = tape.longValue(index);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
          return st.fail("numeric value out of range of int");
        }
        if (value >= 0 && value < constants.constants().size()) {
          return st.value(constants.constants().get((int) value));
        }
        return st.fail("index value outside the legal index range of " + javaName);
      }
      case JsonTape.NULL -> {
        return st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, javaName));
      }
    }
  }

  private static int enumAltString(TypeModel.EnumConstants constants, String javaName, BindState st, String text,
      String name) {
    if (name.isEmpty()) {
      return text.isEmpty() ? st.fail("cannot coerce an empty string to " + javaName)
          : st.defer("a blank string for an enum");
    }
    char c = name.charAt(0);
    // [databind#149]: a quoted index selects a constant, unless it has a leading zero.
    if (c >= '0' && c <= '9' && !(c == '0' && name.length() > 1)) {
      try {
        int index = Integer.parseInt(name);
        if (index >= 0 && index < constants.constants().size()) {
          return st.value(constants.constants().get(index));
        }
      } catch (NumberFormatException ex) {
        // not an index
      }
    }
    return st.fail("not one of the values accepted for " + javaName);
  }

  // ---- shared ------------------------------------------------------------------------------------------

  /** StdDeserializer._isBlank: every char at most U+0020 (the empty string included). */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x20) {
        return false;
      }
    }
    return true;
  }

  static String nullForPrimitive(String javaName) {
    return "null cannot be bound to the primitive " + javaName
        + " (Jackson's FAIL_ON_NULL_FOR_PRIMITIVES)";
  }

  static String mismatch(int token, String javaName) {
    return "cannot bind " + describe(token) + " to " + javaName;
  }

  /** How a tape token is named in messages. */
  public static String describe(int token) {
    return switch (token) {
      case JsonTape.STRING -> "a JSON string";
      case JsonTape.INT64 -> "a JSON integer";
      case JsonTape.DOUBLE -> "a JSON number";
      case JsonTape.TRUE, JsonTape.FALSE -> "a JSON boolean";
      case JsonTape.NULL -> "JSON null";
      case JsonTape.START_ARRAY -> "a JSON array";
      case JsonTape.START_OBJECT -> "a JSON object";
      default -> "a JSON value";
    };
  }
}
