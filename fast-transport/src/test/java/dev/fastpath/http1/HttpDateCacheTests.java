package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDateCacheTests {

  /** IMF-fixdate (RFC 9110 §5.6.7): two-digit day, English names, GMT. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /** A clock the test moves. */
  private static final class Clock implements InstantSource {
    long millis;

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(this.millis);
    }

    @Override
    public long millis() {
      return this.millis;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00Z", "1994-11-06T08:49:37Z", "1999-12-31T23:59:59Z",
      "2000-02-29T12:00:00Z", "2000-03-01T00:00:00Z", "2024-02-29T23:59:59.999Z", "2100-03-01T01:02:03Z",
      "1969-12-31T23:59:59Z", "9999-12-31T23:59:59Z"})
  void formatsImfFixdateThatParsesBack(String instant) {
    Instant time = Instant.parse(instant);
    String date = new HttpDateCache(InstantSource.fixed(time)).date();
    assertThat(date).hasSize(29).isEqualTo(IMF_FIXDATE.format(time));
    assertThat(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
        .isEqualTo(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  @Test
  void formatsRandomInstantsLikeTheJdk() {
    Random random = new Random(42);
    Clock clock = new Clock();
    HttpDateCache cache = new HttpDateCache(clock);
    for (int i = 0; i < 10_000; i++) {
      clock.millis = (long) (random.nextDouble() * 253_402_300_799_000L);
      assertThat(cache.date()).isEqualTo(IMF_FIXDATE.format(Instant.ofEpochMilli(clock.millis)));
    }
  }

  @Test
  void writesTheHeaderLineAndRefreshesOnlyWhenTheSecondChanges() {
    Clock clock = new Clock();
    clock.millis = Instant.parse("2025-06-01T10:00:00Z").toEpochMilli();
    HttpDateCache cache = new HttpDateCache(clock);
    ByteBuf out = Unpooled.buffer();
    cache.writeDateLine(out);
    clock.millis += 999;
    cache.writeDate(out);
    clock.millis += 1;
    cache.writeDate(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("Date: Sun, 01 Jun 2025 10:00:00 GMT\r\n"
        + "Sun, 01 Jun 2025 10:00:00 GMT" + "Sun, 01 Jun 2025 10:00:01 GMT");
    out.release();
  }

  @Test
  void allocatesNothingPerCallEvenWhenTheSecondChanges() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Clock clock = new Clock();
    HttpDateCache cache = new HttpDateCache(clock);
    ByteBuf out = Unpooled.buffer(64);
    for (int i = 0; i < 20_000; i++) {
      clock.millis += 250;
      out.clear();
      cache.writeDateLine(out);
    }
    long thread = Thread.currentThread().threadId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 100_000; i++) {
      clock.millis += 250;
      out.clear();
      cache.writeDateLine(out);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    out.release();
    assertThat(allocated).as("bytes allocated by 100 000 calls").isLessThan(10_000);
  }
}
