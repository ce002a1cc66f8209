package dev.fastpath.validation.engine;

import dev.fastpath.validation.schema.TemporalType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Compares ISO-8601 temporal strings with a clock's now, as Hibernate Validator's {@code @Past}/{@code @Future}
 * validators do for the matching {@code java.time} type (local types in the clock's zone).
 */
final class Temporals {

  /** {@link #compareToNow} could not read the text. */
  static final int UNPARSEABLE = Integer.MIN_VALUE;

  private Temporals() {
  }

  /** The sign of {@code value - now}, or {@link #UNPARSEABLE}. */
  static int compareToNow(TemporalType type, String text, Clock clock) {
    try {
      int comparison = switch (type) {
        case INSTANT -> OffsetDateTime.parse(text).toInstant().compareTo(Instant.now(clock));
        case OFFSET_DATE_TIME -> OffsetDateTime.parse(text).toInstant().compareTo(Instant.now(clock));
        case ZONED_DATE_TIME -> ZonedDateTime.parse(text).toInstant().compareTo(Instant.now(clock));
        case LOCAL_DATE_TIME -> LocalDateTime.parse(text).compareTo(LocalDateTime.now(clock));
        case LOCAL_DATE -> LocalDate.parse(text).compareTo(LocalDate.now(clock));
        case LOCAL_TIME -> LocalTime.parse(text).compareTo(LocalTime.now(clock));
        case OFFSET_TIME -> OffsetTime.parse(text).compareTo(OffsetTime.now(clock));
        case YEAR -> Year.parse(text).compareTo(Year.now(clock));
        case YEAR_MONTH -> YearMonth.parse(text).compareTo(YearMonth.now(clock));
      };
      return Integer.signum(comparison);
    } catch (DateTimeParseException ex) {
      return UNPARSEABLE;
    }
  }
}
