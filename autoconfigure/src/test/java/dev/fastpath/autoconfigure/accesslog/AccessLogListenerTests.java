package dev.fastpath.autoconfigure.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.FastpathProperties.AccessLog.Format;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.metrics.CompletedRequest;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AccessLogListenerTests {

  private static final long RECEIVED = 971_211_336_000L; // 10/Oct/2000:20:55:36 +0000

  @Test
  void formatsCommonLogFormat() {
    AccessLogFormat format = new AccessLogFormat(Format.COMMON, ZoneOffset.UTC);

    assertThat(format.format(new AccessLogEntry("127.0.0.1", "GET", "/apache_pb.gif?x=1", "HTTP/1.1", 200, 2326,
        RECEIVED, "http://ref", "curl/8"))).isEqualTo(
            "127.0.0.1 - - [10/Oct/2000:20:55:36 +0000] \"GET /apache_pb.gif?x=1 HTTP/1.1\" 200 2326");
  }

  @Test
  void formatsCombinedLogFormatWithDashForMissingValuesAndEmptyBody() {
    AccessLogFormat format = new AccessLogFormat(Format.COMBINED, ZoneOffset.UTC);

    assertThat(format.format(new AccessLogEntry("::1", "HEAD", "/", "HTTP/1.0", 304, 0, RECEIVED, null, "curl/8")))
        .isEqualTo("::1 - - [10/Oct/2000:20:55:36 +0000] \"HEAD / HTTP/1.0\" 304 - \"-\" \"curl/8\"");
  }

  @Test
  void escapesClientValuesSoLinesCannotBeForged() {
    AccessLogFormat format = new AccessLogFormat(Format.COMBINED, ZoneOffset.UTC);

    String line = format.format(new AccessLogEntry("10.0.0.1", "GET", "/a\"b", "HTTP/1.1", 200, 1, RECEIVED,
        "x\ny", "agent\\\"evil\u0001"));

    assertThat(line).doesNotContain("\n").endsWith("GET /a\\\"b HTTP/1.1\" 200 1 \"x\\x0ay\" \"agent\\\\\\\"evil\\x01\"");
  }

  @Test
  @Timeout(10)
  void writesOffTheCallingThread() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    AccessLogListener listener = new AccessLogListener(new AccessLogFormat(Format.COMMON, ZoneOffset.UTC), 16,
        line -> lines.add(Thread.currentThread().getName() + "|" + line));

    listener.requestCompleted(request(201));

    String line = lines.poll(5, TimeUnit.SECONDS);
    assertThat(line).startsWith("fastpath-access-log|- - - [").endsWith("\"POST - -\" 201 42");
    listener.destroy();
  }

  @Test
  @Timeout(10)
  void dropsAndCountsWhenTheQueueIsFullInsteadOfBlocking() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch writing = new CountDownLatch(1);
    AccessLogListener listener = new AccessLogListener(new AccessLogFormat(Format.COMMON, ZoneOffset.UTC), 2,
        line -> {
          writing.countDown();
          try {
            release.await();
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        });
    listener.requestCompleted(request(200));
    assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();

    for (int i = 0; i < 5; i++) {
      listener.requestCompleted(request(200));
    }

    assertThat(listener.dropped()).isEqualTo(3);
    release.countDown();
    listener.destroy();
  }

  private static CompletedRequest request(int status) {
    return new CompletedRequest() {
      @Override
      public HttpMethod method() {
        return HttpMethod.POST;
      }

      @Override
      public @Nullable String routeTemplate() {
        return "/items";
      }

      @Override
      public int status() {
        return status;
      }

      @Override
      public long durationNanos() {
        return 0;
      }

      @Override
      public long bytesIn() {
        return 0;
      }

      @Override
      public long bytesOut() {
        return 42;
      }

      @Override
      public @Nullable Throwable error() {
        return null;
      }
    };
  }
}
