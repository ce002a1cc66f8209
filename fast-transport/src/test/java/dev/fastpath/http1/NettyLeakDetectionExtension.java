package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Makes a Netty buffer leak fail the test. The test JVM runs with paranoid leak detection, which only
 * logs a leak (at ERROR, from {@link ResourceLeakDetector}) when the leaked buffer has been collected
 * and another buffer is tracked. This extension captures those log events and fails the test in
 * {@code @AfterEach} when there is one (after a tracked allocation, so that whatever the collector has
 * found so far gets reported); {@code @AfterAll} forces collections first and fails the class for a
 * leak no ordinary collection had found yet. {@link DecoderHarness} adds a
 * deterministic check on top: every buffer it wrote must be fully released when it finishes.
 */
public final class NettyLeakDetectionExtension implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private static final LeakCapture CAPTURE = install();

  private static LeakCapture install() {
    Logger logger = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
    LeakCapture capture = new LeakCapture();
    capture.setContext(logger.getLoggerContext());
    capture.start();
    logger.addAppender(capture);
    if (!logger.isErrorEnabled()) {
      logger.setLevel(Level.ERROR);
    }
    return capture;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (ResourceLeakDetector.getLevel() != ResourceLeakDetector.Level.PARANOID) {
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    // A forced collection per test would cost more than the test itself; the reports that ordinary
    // collections produced are checked here, the forced ones after the class.
    assertNoLeaks(0, 0);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertNoLeaks(3, 20);
  }

  private static void assertNoLeaks(int collections, long pauseMillis) {
    List<String> leaks = collectLeaks(collections, pauseMillis);
    if (!leaks.isEmpty()) {
      fail("Netty reported " + leaks.size() + " leaked buffer(s):\n" + String.join("\n\n", leaks));
    }
  }

  /** Runs the collector, lets the detector poll its queue, and returns (and forgets) the reports. */
  static List<String> collectLeaks(int collections, long pauseMillis) {
    for (int i = 0; i < collections; i++) {
      System.gc();
      // The reference handler thread enqueues what the collection found; give it a moment.
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
      // Unpooled heap buffers are not tracked; at PARANOID every tracked (direct) allocation polls the detector's reference queue and reports.
      for (int j = 0; j < 4; j++) {
        ByteBuf probe = UnpooledByteBufAllocator.DEFAULT.directBuffer(1);
        probe.release();
      }
    }
    return CAPTURE.drain();
  }

  private static final class LeakCapture extends AppenderBase<ILoggingEvent> {

    private final List<String> reports = new ArrayList<>();

    @Override
    protected synchronized void append(ILoggingEvent event) {
      if (event.getLevel().isGreaterOrEqual(Level.ERROR) && event.getFormattedMessage().contains("LEAK")) {
        this.reports.add(event.getFormattedMessage());
      }
    }

    synchronized List<String> drain() {
      List<String> copy = new ArrayList<>(this.reports);
      this.reports.clear();
      return copy;
    }
  }
}
