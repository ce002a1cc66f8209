package dev.fastpath.validation.binding;

import static dev.fastpath.validation.binding.BindState.NULL;
import static dev.fastpath.validation.binding.Coercions.isBlank;
import static dev.fastpath.validation.binding.Coercions.mismatch;
import static dev.fastpath.validation.binding.Coercions.nullForPrimitive;

import dev.fastpath.validation.engine.JsonTape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The number part of {@link Coercions}: Jackson 3.1's {@code StdDeserializer._parseIntPrimitive} and siblings
 * and {@code NumberDeserializers}, with its default coercion settings. Integers and floating-point numbers are
 * coerced into the slot without allocating; {@code BigDecimal}/{@code BigInteger} read the number's text.
 */
final class NumberCoercions {

  private static final double MIN_INT_D = Integer.MIN_VALUE;

  private static final double MAX_INT_D = Integer.MAX_VALUE;

  private static final double MIN_LONG_D = Long.MIN_VALUE;

  private static final double MAX_LONG_D = Long.MAX_VALUE;

  /** {@code NumberInput.PATTERN_FLOAT} and {@code PATTERN_FLOAT_TRAILING_DOT} (jackson-core). */
  private static final Pattern FLOAT_TEXT = Pattern.compile("[+-]?[0-9]*[\\.]?[0-9]+([eE][+-]?[0-9]+)?");

  private static final Pattern FLOAT_TEXT_TRAILING_DOT = Pattern.compile("[+-]?[0-9]+[\\.]");

  private NumberCoercions() {
  }

  // ---- int, long, short, byte: StdDeserializer._parseIntPrimitive & co ----------------------------------

  static int integral(ScalarKind kind, boolean primitive, BindState st, JsonTape tape, int token,
      int index) {
    // The Java name is only needed for messages: computed on failure paths (this is the per-value hot path).
    switch (token) {
      case JsonTape.INT64 -> {
        return inRange(kind, st, tape.longValue(index), primitive);
      }
      case JsonTape.DOUBLE -> {
        double d = tape.doubleValue(index);
        // A DOUBLE entry is an integer literal only beyond the long range (Jackson: a BigInteger token that
        // getIntValue()/getLongValue() refuse); only +-2^63 itself passes the double range checks below.
        if (Math.abs(d) == MAX_LONG_D && st.isIntegerLiteral(index)) {
          return st.fail("numeric value out of range of " + kind.javaName(primitive));
        }
        return floatToIntegral(kind, st, d, primitive);
      }
      case JsonTape.STRING -> {
        return integralFromString(kind, primitive, st, tape.string(index));
      }
      case JsonTape.NULL -> {
        return primitive ? st.fail(nullForPrimitive(kind.javaName(true))) : st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, kind.javaName(primitive)));
      }
    }
  }

  private static int inRange(ScalarKind kind, BindState st, long value, boolean primitive) {
    boolean fits = switch (kind) {
      case INT -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
      case SHORT -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
      // getByteValue() accepts -128..255 and wraps 128..255 (Jackson's "unsigned byte" allowance).
      case BYTE -> value >= Byte.MIN_VALUE && value <= 255;
      default -> true;
    };
    if (!fits) {
      return st.fail("numeric value out of range of " + kind.javaName(primitive));
    }
    return st.value(kind == ScalarKind.BYTE ? (byte) value : value);
  }

  /** ACCEPT_FLOAT_AS_INT: getValueAsInt()/getValueAsLong() range-check the double, then truncate. */
  private static int floatToIntegral(ScalarKind kind, BindState st, double d, boolean primitive) {
    if (kind == ScalarKind.LONG) {
      if (d < MIN_LONG_D || d > MAX_LONG_D) {
        return st.fail("numeric value out of range of " + kind.javaName(primitive));
      }
      return st.value((long) d);
    }
    if (d < MIN_INT_D || d > MAX_INT_D) {
      return st.fail("numeric value out of range of " + kind.javaName(primitive));
    }
    return inRange(kind, st, (int) d, primitive);
  }

  private static int integralFromString(ScalarKind kind, boolean primitive, BindState st, String text) {
    String javaName = kind.javaName(primitive);
    if (isBlank(text)) {
      // Empty and blank strings coerce to null (CoercionAction.AsNull), which a primitive refuses.
      return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
    }
    String trimmed = text.trim();
    if (trimmed.equals("null")) {
      return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
    }
    try {
      long value = switch (kind) {
        case LONG -> Long.parseLong(trimmed);
        case INT -> trimmed.length() > 9 ? Long.parseLong(trimmed) : Integer.parseInt(trimmed);
        default -> Integer.parseInt(trimmed);
      };
      return inRange(kind, st, value, primitive);
    } catch (NumberFormatException ex) {
      return st.fail("not a valid " + javaName + " value");
    }
  }

  // ---- double, float: _parseDoublePrimitive, _parseFloatPrimitive -----------------------------------------

  static int floating(ScalarKind kind, boolean primitive, BindState st, JsonTape tape, int token,
      int index) {
    boolean isFloat = kind == ScalarKind.FLOAT;
    switch (token) {
      case JsonTape.INT64 -> {
        long value = tape.longValue(index);
        return st.value(isFloat ? (double) (float) value : (double) value);
      }
      case JsonTape.DOUBLE -> {
        // getFloatValue() parses the decimal text as a float (no double rounding).
        return st.value(isFloat ? (double) Float.parseFloat(st.numberText(index)) : tape.doubleValue(index));
      }
      case JsonTape.STRING -> {
        return floatingFromString(isFloat, primitive, st, tape.string(index), kind.javaName(primitive));
      }
      case JsonTape.NULL -> {
        return primitive ? st.fail(nullForPrimitive(kind.javaName(true))) : st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, kind.javaName(primitive)));
      }
    }
  }

  private static int floatingFromString(boolean isFloat, boolean primitive, BindState st, String text,
      String javaName) {
    // _checkDoubleSpecialValue / _checkFloatSpecialValue run on the untrimmed text, before coercion checks.
    switch (text) {
      case "NaN" -> {
        return st.value(Double.NaN);
      }
      case "Infinity", "INF", "+Infinity", "+INF" -> {
        return st.value(Double.POSITIVE_INFINITY);
      }
      case "-Infinity", "-INF" -> {
        return st.value(Double.NEGATIVE_INFINITY);
      }
      default -> {
      }
    }
    if (isBlank(text)) {
      return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
    }
    String trimmed = text.trim();
    if (trimmed.equals("null")) {
      return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
    }
    try {
      return st.value(isFloat ? (double) Float.parseFloat(trimmed) : Double.parseDouble(trimmed));
    } catch (NumberFormatException ex) {
      return st.fail("not a valid " + javaName + " value");
    }
  }

  // ---- BigDecimal, BigInteger: NumberDeserializers -----------------------------------------------------

  static int bigDecimal(BindState st, JsonTape tape, int token, int index) {
    switch (token) {
      case JsonTape.INT64, JsonTape.DOUBLE -> {
        return st.value(new BigDecimal(st.numberText(index)));
      }
      case JsonTape.STRING -> {
        String text = tape.string(index);
        if (isBlank(text)) {
          return st.set(NULL);
        }
        String trimmed = text.trim();
        if (trimmed.equals("null")) {
          return st.set(NULL);
        }
        if (looksLikeValidNumber(trimmed)) {
          try {
            return st.value(new BigDecimal(trimmed));
          } catch (NumberFormatException ex) {
            // fall through
          }
        }
        return st.fail("not a valid representation of java.math.BigDecimal");
      }
      case JsonTape.NULL -> {
        return st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, "java.math.BigDecimal"));
      }
    }
  }

  private static boolean looksLikeValidNumber(String text) {
    if (text.length() == 1) {
      return text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }
    return FLOAT_TEXT.matcher(text).matches() || FLOAT_TEXT_TRAILING_DOT.matcher(text).matches();
  }

  static int bigInteger(BindState st, JsonTape tape, int token, int index) {
    switch (token) {
      case JsonTape.INT64 -> {
        return st.value(BigInteger.valueOf(tape.longValue(index)));
      }
      case JsonTape.DOUBLE -> {
        String text = st.numberText(index);
        return st.value(st.isIntegerLiteral(index) ? new BigInteger(text) : new BigDecimal(text).toBigInteger());
      }
      case JsonTape.STRING -> {
        String text = tape.string(index);
        if (isBlank(text)) {
          return st.set(NULL);
        }
        String trimmed = text.trim();
        if (trimmed.equals("null")) {
          return st.set(NULL);
        }
        if (isIntNumber(trimmed)) {
          return st.value(new BigInteger(trimmed));
        }
        return st.fail("not a valid representation of java.math.BigInteger");
      }
      case JsonTape.NULL -> {
        return st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, "java.math.BigInteger"));
      }
    }
  }

  private static boolean isIntNumber(String text) {
    int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    if (i == text.length()) {
      return false;
    }
    for (; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
