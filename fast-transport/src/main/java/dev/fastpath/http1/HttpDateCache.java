package dev.fastpath.http1;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The {@code Date} header line in IMF-fixdate form ({@code Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n}, RFC
 * 9110 §5.6.7, §6.6.1), formatted into one reused byte array at most once per second and copied into each
 * response head. Formatting is done by hand from the epoch second, so neither a hit nor a refresh
 * allocates.
 *
 * <p>Not thread-safe: keep one instance per event loop (for example in a {@code FastThreadLocal}) and use
 * it only there.
 *
 * @since 0.1
 */
public final class HttpDateCache {

  private static final byte[] DAYS = "SunMonTueWedThuFriSat".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec".getBytes(StandardCharsets.US_ASCII);
  private static final int PREFIX = "Date: ".length();
  /** {@code Sun, 06 Nov 1994 08:49:37 GMT} */
  static final int DATE_LENGTH = 29;

  private final InstantSource clock;
  /** Reused for every second: the whole header line with its CRLF. */
  private final byte[] line = "Date: Thu, 01 Jan 1970 00:00:00 GMT\r\n".getBytes(StandardCharsets.US_ASCII);
  private long second = Long.MIN_VALUE;

  /** A cache over the system clock. */
  public HttpDateCache() {
    this(InstantSource.system());
  }

  /** A cache over {@code clock} (tests pass a fixed or ticking one). */
  public HttpDateCache(InstantSource clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Writes {@code Date: <IMF-fixdate>\r\n}. */
  public void writeDateLine(ByteBuf out) {
    out.writeBytes(refresh());
  }

  /** Writes only the 29 bytes of the date. */
  public void writeDate(ByteBuf out) {
    out.writeBytes(refresh(), PREFIX, DATE_LENGTH);
  }

  /** The current date as a {@code String} (allocates; for logs and tests). */
  public String date() {
    return new String(refresh(), PREFIX, DATE_LENGTH, StandardCharsets.US_ASCII);
  }

  private byte[] refresh() {
    long now = Math.floorDiv(this.clock.millis(), 1000);
    if (now != this.second) {
      format(now);
      this.second = now;
    }
    return this.line;
  }

  private void format(long epochSecond) {
    long epochDay = Math.floorDiv(epochSecond, 86_400);
    int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
    // 1970-01-01 was a Thursday; index 0 is Sunday.
    int dayOfWeek = (int) Math.floorMod(epochDay + 4, 7);
    // Civil date from days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int dayOfEra = (int) (z - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    byte[] b = this.line;
    int i = PREFIX;
    System.arraycopy(DAYS, dayOfWeek * 3, b, i, 3);
    twoDigits(b, i + 5, day);
    System.arraycopy(MONTHS, (month - 1) * 3, b, i + 8, 3);
    int y = (int) Math.floorMod(year, 10_000);
    twoDigits(b, i + 12, y / 100);
    twoDigits(b, i + 14, y % 100);
    twoDigits(b, i + 17, secondOfDay / 3600);
    twoDigits(b, i + 20, secondOfDay / 60 % 60);
    twoDigits(b, i + 23, secondOfDay % 60);
  }

  private static void twoDigits(byte[] b, int at, int value) {
    b[at] = (byte) ('0' + value / 10);
    b[at + 1] = (byte) ('0' + value % 10);
  }
}
