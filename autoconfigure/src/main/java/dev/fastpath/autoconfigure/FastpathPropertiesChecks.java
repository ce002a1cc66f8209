package dev.fastpath.autoconfigure;

import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * The range checks of {@link FastpathProperties}. Each rejection names the property as an operator writes it
 * ({@code fastpath.limits.max-header-size}) and the allowed range, because Boot's failure report shows the
 * message next to the Java field path.
 */
final class FastpathPropertiesChecks {

  /** The engine keeps sizes in {@code int}s. */
  private static final long MAX_INT = Integer.MAX_VALUE;

  /** A sanity bound: more loops than this is a typo, not a tuning. */
  static final int MAX_EVENT_LOOPS = 4096;

  /** Linux caps listen backlogs at 65535 on older kernels' {@code somaxconn}. */
  static final int MAX_BACKLOG = 65535;

  private final FastpathProperties properties;
  private final Errors errors;

  FastpathPropertiesChecks(FastpathProperties properties, Errors errors) {
    this.properties = properties;
    this.errors = errors;
  }

  void run() {
    FastpathProperties.TransportSettings transport = this.properties.getTransport();
    range("transport.eventLoops", "fastpath.transport.event-loops", transport.getEventLoops(), 0, MAX_EVENT_LOOPS);
    range("transport.backlog", "fastpath.transport.backlog", transport.getBacklog(), 1, MAX_BACKLOG);
    size("transport.receiveBufferSize", "fastpath.transport.receive-buffer-size", transport.getReceiveBufferSize(), 0);
    size("transport.sendBufferSize", "fastpath.transport.send-buffer-size", transport.getSendBufferSize(), 0);

    FastpathProperties.Limits limits = this.properties.getLimits();
    size("limits.maxInitialLineLength", "fastpath.limits.max-initial-line-length", limits.getMaxInitialLineLength(), 1);
    size("limits.maxHeaderSize", "fastpath.limits.max-header-size", limits.getMaxHeaderSize(), 1);
    range("limits.maxHeaderCount", "fastpath.limits.max-header-count", limits.getMaxHeaderCount(), 1, MAX_INT);
    size("limits.maxBodySize", "fastpath.limits.max-body-size", limits.getMaxBodySize(), 0);
    range("limits.maxInFlightPerConnection", "fastpath.limits.max-in-flight-per-connection",
        limits.getMaxInFlightPerConnection(), 1, MAX_INT);
    range("limits.maxConnections", "fastpath.limits.max-connections", limits.getMaxConnections(), 0, MAX_INT);

    FastpathProperties.Timeouts timeouts = this.properties.getTimeouts();
    duration("timeouts.headerRead", "fastpath.timeouts.header-read", timeouts.getHeaderRead());
    duration("timeouts.idle", "fastpath.timeouts.idle", timeouts.getIdle());
    duration("timeouts.bodyRead", "fastpath.timeouts.body-read", timeouts.getBodyRead());

    range("execution.maxConcurrency", "fastpath.execution.max-concurrency",
        this.properties.getExecution().getMaxConcurrency(), 1, MAX_INT);
    range("validation.maxViolations", "fastpath.validation.max-violations",
        this.properties.getValidation().getMaxViolations(), 1, MAX_INT);

    FastpathProperties.AccessLog accessLog = this.properties.getAccessLog();
    range("accessLog.queueCapacity", "fastpath.access-log.queue-capacity", accessLog.getQueueCapacity(), 1, MAX_INT);
    if (accessLog.getLoggerName().isBlank()) {
      this.errors.rejectValue("accessLog.loggerName", "blank", "fastpath.access-log.logger-name must not be blank");
    }
  }

  private void range(String field, String property, long value, long min, long max) {
    if (value < min || value > max) {
      this.errors.rejectValue(field, "range", new Object[] {min, max},
          property + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private void size(String field, String property, DataSize value, long min) {
    long bytes = value.toBytes();
    if (bytes < min || bytes > MAX_INT) {
      this.errors.rejectValue(field, "range", new Object[] {min, MAX_INT},
          property + " must be between " + min + "B and " + MAX_INT + "B, was " + bytes + "B");
    }
  }

  private void duration(String field, String property, Duration value) {
    if (value.isNegative()) {
      this.errors.rejectValue(field, "range",
          property + " must be 0 (disabled) or positive, was " + value);
    }
  }
}
