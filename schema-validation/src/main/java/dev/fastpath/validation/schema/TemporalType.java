package dev.fastpath.validation.schema;

/**
 * The text form of a temporal string value checked by {@link Keyword.Temporal}: the ISO-8601 forms that
 * Jackson's {@code java.time} support reads by default.
 *
 * @since 0.1.0
 */
public enum TemporalType {
  /** {@code 2024-05-01T10:15:30Z} or with an offset; compared as an instant. */
  INSTANT,
  /** {@code 2024-05-01T10:15:30+02:00}; compared as an instant. */
  OFFSET_DATE_TIME,
  /** {@code 2024-05-01T10:15:30+02:00[Europe/Paris]}; compared as an instant. */
  ZONED_DATE_TIME,
  /** {@code 2024-05-01T10:15:30}; compared with the clock's date-time in the clock's zone. */
  LOCAL_DATE_TIME,
  /** {@code 2024-05-01}; compared with today's date in the clock's zone. */
  LOCAL_DATE,
  /** {@code 10:15:30}; compared with the clock's time of day in the clock's zone. */
  LOCAL_TIME,
  /** {@code 10:15:30+02:00}; compared with the clock's time at that offset. */
  OFFSET_TIME,
  /** {@code 2024}. */
  YEAR,
  /** {@code 2024-05}. */
  YEAR_MONTH
}
