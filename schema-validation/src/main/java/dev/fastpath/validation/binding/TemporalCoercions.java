package dev.fastpath.validation.binding;

import static dev.fastpath.validation.binding.BindState.NULL;

import dev.fastpath.validation.engine.JsonTape;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code java.time} part of {@link Coercions}: ISO-8601 strings as Jackson 3's {@code JavaTimeModule}
 * deserializers read them with their default formatters and leniency ({@code LocalDateDeserializer},
 * {@code LocalDateTimeDeserializer}, {@code LocalTimeDeserializer}, {@code InstantDeserializer}), adjusted to the
 * context time zone. Timestamps (numbers, numeric strings for instant-like types) and arrays are deferred.
 */
final class TemporalCoercions {

  /** {@code InstantDeserializer.ISO8601_COLONLESS_OFFSET_REGEX}. */
  private static final Pattern COLONLESS_OFFSET = Pattern.compile("[+-][0-9]{4}(?=\\[|$)");

  private TemporalCoercions() {
  }

  static int coerce(ScalarKind kind, ZoneId zone, BindState st, JsonTape tape, int token, int index) {
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
}
