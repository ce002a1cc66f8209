package dev.fastpath.validation.binding;

import static dev.fastpath.validation.binding.BindState.NULL;

import dev.fastpath.validation.engine.JsonTape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final double MIN_INT_D = Integer.MIN_VALUE;

  private static final double MAX_INT_D = Integer.MAX_VALUE;

  private static final double MIN_LONG_D = Long.MIN_VALUE;

  private static final double MAX_LONG_D = Long.MAX_VALUE;

  /** {@code NumberInput.PATTERN_FLOAT} and {@code PATTERN_FLOAT_TRAILING_DOT} (jackson-core). */
  private static final Pattern FLOAT_TEXT = Pattern.compile("[+-]?[0-9]*[\\.]?[0-9]+([eE][+-]?[0-9]+)?");

  private static final Pattern FLOAT_TEXT_TRAILING_DOT = Pattern.compile("[+-]?[0-9]+[\\.]");

  /** {@code InstantDeserializer.ISO8601_COLONLESS_OFFSET_REGEX}. */
  private static final Pattern COLONLESS_OFFSET = Pattern.compile("[+-][0-9]{4}(?=\\[|$)");

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
      case INT, LONG, SHORT, BYTE -> integral(type.kind(), primitive, st, tape, token, index);
      case DOUBLE, FLOAT -> floating(type.kind(), primitive, st, tape, token, index);
      case BOOLEAN -> bool(primitive, st, tape, token, index);
      case CHAR -> character(primitive, st, tape, token, index);
      case BIG_DECIMAL -> bigDecimal(st, tape, token, index);
      case BIG_INTEGER -> bigInteger(st, tape, token, index);
      case UUID -> uuid(st, tape, token, index);
      default -> temporal(type.kind(), zone, st, tape, token, index);
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

  // ---- int, long, short, byte: StdDeserializer._parseIntPrimitive & co ----------------------------------

  private static int integral(ScalarKind kind, boolean primitive, BindState st, JsonTape tape, int token,
      int index) {
    String javaName = kind.javaName(primitive);
    switch (token) {
      case JsonTape.INT64 -> {
        return inRange(kind, st, tape.longValue(index), javaName);
      }
      case JsonTape.DOUBLE -> {
        double d = tape.doubleValue(index);
        // A DOUBLE entry is an integer literal only beyond the long range (Jackson: a BigInteger token that
        // getIntValue()/getLongValue() refuse); only +-2^63 itself passes the double range checks below.
        if (Math.abs(d) == MAX_LONG_D && st.isIntegerLiteral(index)) {
          return st.fail("numeric value out of range of " + javaName);
        }
        return floatToIntegral(kind, st, d, javaName);
      }
      case JsonTape.STRING -> {
        return integralFromString(kind, primitive, st, tape.string(index), javaName);
      }
      case JsonTape.NULL -> {
        return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, javaName));
      }
    }
  }

  private static int inRange(ScalarKind kind, BindState st, long value, String javaName) {
    boolean fits = switch (kind) {
      case INT -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
      case SHORT -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
      // getByteValue() accepts -128..255 and wraps 128..255 (Jackson's "unsigned byte" allowance).
      case BYTE -> value >= Byte.MIN_VALUE && value <= 255;
      default -> true;
    };
    if (!fits) {
      return st.fail("numeric value out of range of " + javaName);
    }
    return st.value(kind == ScalarKind.BYTE ? (byte) value : value);
  }

  /** ACCEPT_FLOAT_AS_INT: getValueAsInt()/getValueAsLong() range-check the double, then truncate. */
  private static int floatToIntegral(ScalarKind kind, BindState st, double d, String javaName) {
    if (kind == ScalarKind.LONG) {
      if (d < MIN_LONG_D || d > MAX_LONG_D) {
        return st.fail("numeric value out of range of " + javaName);
      }
      return st.value((long) d);
    }
    if (d < MIN_INT_D || d > MAX_INT_D) {
      return st.fail("numeric value out of range of " + javaName);
    }
    return inRange(kind, st, (int) d, javaName);
  }

  private static int integralFromString(ScalarKind kind, boolean primitive, BindState st, String text,
      String javaName) {
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
      return inRange(kind, st, value, javaName);
    } catch (NumberFormatException ex) {
      return st.fail("not a valid " + javaName + " value");
    }
  }

  // ---- double, float: _parseDoublePrimitive, _parseFloatPrimitive -----------------------------------------

  private static int floating(ScalarKind kind, boolean primitive, BindState st, JsonTape tape, int token,
      int index) {
    String javaName = kind.javaName(primitive);
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
        return floatingFromString(isFloat, primitive, st, tape.string(index), javaName);
      }
      case JsonTape.NULL -> {
        return primitive ? st.fail(nullForPrimitive(javaName)) : st.set(NULL);
      }
      default -> {
        return st.fail(mismatch(token, javaName));
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

  // ---- BigDecimal, BigInteger: NumberDeserializers -----------------------------------------------------

  private static int bigDecimal(BindState st, JsonTape tape, int token, int index) {
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

  private static int bigInteger(BindState st, JsonTape tape, int token, int index) {
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

  // ---- java.time: JSR310 deserializers -----------------------------------------------------------------

  private static int temporal(ScalarKind kind, ZoneId zone, BindState st, JsonTape tape, int token, int index) {
    if (token == JsonTape.NULL) {
      return st.set(NULL);
    }
    if (token != JsonTape.STRING) {
      return st.defer("a non-string value for " + kind.boxedType().getName()
          + " (Jackson reads timestamps and arrays)");
    }
    String text = tape.string(index).trim();
    if (text.isEmpty()) {
      return st.set(NULL);
    }
    try {
      Object value = switch (kind) {
        case LOCAL_DATE -> localDate(text);
        case LOCAL_DATE_TIME -> localDateTime(text);
        case LOCAL_TIME -> text.contains("T") ? LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            : LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
        default -> {
          if (countPeriods(text) >= 0) {
            yield null;
          }
          yield instantLike(kind, zone, text);
        }
      };
      if (value == null) {
        return st.defer("a numeric timestamp string for " + kind.boxedType().getName());
      }
      return st.value(value);
    } catch (DateTimeException ex) {
      return st.fail("not a valid " + kind.boxedType().getName() + " (ISO-8601 expected)");
    }
  }

  /** LocalDateDeserializer._fromString with the default formatter and leniency. */
  private static LocalDate localDate(String text) {
    if (text.length() > 10 && text.charAt(10) == 'T') {
      if (text.endsWith("Z")) {
        return LocalDate.parse(text.substring(0, text.length() - 1), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** LocalDateTimeDeserializer._fromString with the default formatter and leniency. */
  private static LocalDateTime localDateTime(String text) {
    if (text.length() > 10 && text.charAt(10) == 'T' && text.endsWith("Z")) {
      return LocalDateTime.parse(text.substring(0, text.length() - 1), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  /** InstantDeserializer._fromString for INSTANT, OFFSET_DATE_TIME and ZONED_DATE_TIME. */
  private static Object instantLike(ScalarKind kind, ZoneId zone, String text) {
    switch (kind) {
      case INSTANT -> {
        return DateTimeFormatter.ISO_INSTANT.parse(replaceZeroOffsetAsZ(text), Instant::from);
      }
      case OFFSET_DATE_TIME -> {
        String fixed = addInColonToOffsetIfMissing(replaceZeroOffsetAsZ(text));
        OffsetDateTime value = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(fixed, OffsetDateTime::from);
        if (value.isEqual(OffsetDateTime.MIN) || value.isEqual(OffsetDateTime.MAX)) {
          return value;
        }
        return value.withOffsetSameInstant(zone.getRules().getOffset(value.toLocalDateTime()));
      }
      default -> {
        String fixed = addInColonToOffsetIfMissing(text);
        return DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(fixed, ZonedDateTime::from).withZoneSameInstant(zone);
      }
    }
  }

  private static int countPeriods(String text) {
    int periods = 0;
    int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        if (c != '.') {
          return -1;
        }
        periods++;
      }
    }
    return periods;
  }

  private static String replaceZeroOffsetAsZ(String text) {
    int plus = text.lastIndexOf('+');
    if (plus < 0) {
      return text;
    }
    int remaining = text.length() - plus - 1;
    String zero = switch (remaining) {
      case 2 -> "00";
      case 4 -> "0000";
      case 5 -> "00:00";
      default -> null;
    };
    return zero != null && text.regionMatches(plus + 1, zero, 0, remaining) ? text.substring(0, plus) + 'Z' : text;
  }

  private static String addInColonToOffsetIfMissing(String text) {
    int time = text.indexOf('T');
    if (time < 0 || time > text.length() - 1) {
      return text;
    }
    int offset = text.indexOf('+', time + 1);
    if (offset < 0) {
      offset = text.indexOf('-', time + 1);
    }
    if (offset < 0 || offset > text.length() - 5) {
      return text;
    }
    int colon = text.indexOf(':', offset);
    if (colon == offset + 3) {
      return text;
    }
    if (Character.isDigit(text.charAt(offset + 1)) && Character.isDigit(text.charAt(offset + 2))
        && Character.isDigit(text.charAt(offset + 3)) && Character.isDigit(text.charAt(offset + 4))) {
      String match = text.substring(offset, offset + 5);
      return text.substring(0, offset) + match.substring(0, 3) + ':' + match.substring(3)
          + text.substring(offset + match.length());
    }
    Matcher matcher = COLONLESS_OFFSET.matcher(text);
    if (matcher.find()) {
      String match = matcher.group(0);
      return matcher.replaceFirst(match.substring(0, 3) + ':' + match.substring(3));
    }
    return text;
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
