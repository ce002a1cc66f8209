package dev.fastpath.autoconfigure.accesslog;

import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.TransportListener;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Writes one access-log line per completed request. On the event loop it only copies what the line needs
 * into an entry and offers it to a bounded queue (never blocking); when the queue is full the entry is
 * dropped and counted. A daemon thread formats and writes the lines.
 *
 * @since 0.1
 */
public final class AccessLogListener implements TransportListener, DisposableBean {

  private static final Logger logger = LoggerFactory.getLogger(AccessLogListener.class);

  private final AccessLogFormat format;
  private final Consumer<String> sink;
  private final BlockingQueue<AccessLogEntry> queue;
  private final LongAdder dropped = new LongAdder();
  private final Thread writer;
  private volatile boolean running = true;

  AccessLogListener(AccessLogFormat format, int capacity, Consumer<String> sink) {
    this.format = format;
    this.sink = sink;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.writer = Thread.ofPlatform().name("fastpath-access-log").daemon().start(this::drain);
  }

  @Override
  public void requestCompleted(CompletedRequest request) {
    if (!this.queue.offer(AccessLogEntry.of(request, this.format.combined()))) {
      this.dropped.increment();
    }
  }

  /** Lines dropped because the writer could not keep up. */
  public long dropped() {
    return this.dropped.sum();
  }

  private void drain() {
    while (this.running || !this.queue.isEmpty()) {
      try {
        AccessLogEntry entry = this.queue.poll(100, TimeUnit.MILLISECONDS);
        if (entry != null) {
          this.sink.accept(this.format.format(entry));
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException ex) {
        logger.warn("Could not write an access-log line", ex);
      }
    }
  }

  /** Writes what is queued, then stops the writer (bounded: at most a few seconds). */
  @Override
  public void destroy() throws InterruptedException {
    this.running = false;
    this.writer.join(TimeUnit.SECONDS.toMillis(5));
    if (this.dropped() > 0) {
      logger.warn("{} access-log lines were dropped because the writer could not keep up", this.dropped());
    }
  }
}
