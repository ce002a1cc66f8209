package dev.fastpath.autoconfigure.metrics;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.TransportListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Records Spring's {@code http.server.requests} timer for every completed request, the bytes received and
 * sent, and the requests the engine rejected by reason. Called on event-loop threads: after a meter's first
 * use it costs a map lookup and a record, and it never blocks.
 *
 * <p>Because the timer is registered through the {@link MeterRegistry}, Boot's
 * {@code management.metrics.distribution.*} (percentiles, histograms, SLOs) and {@code management.metrics.tags.*}
 * apply to it as to Spring MVC's.
 */
public final class FastpathRequestMetrics implements TransportListener {

  /** Spring's name for the server request timer. */
  public static final String HTTP_SERVER_REQUESTS = "http.server.requests";

  private final MeterRegistry registry;
  /** Timers by tag combination, so the hot path neither builds tags nor asks the registry. */
  private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
  private final Counter bytesReceived;
  private final Counter bytesSent;
  private final Map<RejectionReason, Counter> rejected = new EnumMap<>(RejectionReason.class);

  public FastpathRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.bytesReceived = Counter.builder("fastpath.bytes.received").baseUnit("bytes")
        .description("Request body bytes received").register(registry);
    this.bytesSent = Counter.builder("fastpath.bytes.sent").baseUnit("bytes")
        .description("Response body bytes sent").register(registry);
    for (RejectionReason reason : RejectionReason.values()) {
      this.rejected.put(reason, Counter.builder("fastpath.requests.rejected")
          .tag("reason", reason.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .description("Requests answered or dropped by the engine without running a handler")
          .register(registry));
    }
  }

  @Override
  public void requestCompleted(CompletedRequest request) {
    Throwable error = request.error();
    TimerKey key = new TimerKey(request.method(), request.routeTemplate(), request.status(),
        error != null ? error.getClass() : null);
    Timer timer = this.timers.get(key);
    if (timer == null) {
      timer = this.timers.computeIfAbsent(key, this::register);
    }
    timer.record(request.durationNanos(), TimeUnit.NANOSECONDS);
    if (request.bytesIn() > 0) {
      this.bytesReceived.increment(request.bytesIn());
    }
    if (request.bytesOut() > 0) {
      this.bytesSent.increment(request.bytesOut());
    }
  }

  @Override
  public void requestRejected(RejectionReason reason) {
    this.rejected.get(reason).increment();
  }

  private Timer register(TimerKey key) {
    return Timer.builder(HTTP_SERVER_REQUESTS)
        .description("Duration of HTTP server request handling")
        .tags(HttpServerRequestsTags.of(key.method(), key.template(), key.status(), key.exception()))
        .register(this.registry);
  }

  private record TimerKey(HttpMethod method, @Nullable String template, int status, @Nullable Class<?> exception) {}
}
