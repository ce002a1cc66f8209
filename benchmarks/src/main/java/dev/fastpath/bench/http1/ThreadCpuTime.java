package dev.fastpath.bench.http1;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Reports the benchmark thread's CPU time per operation next to JMH's wall-clock score, as the
 * secondary result {@code cpuNsPerOp}. On a shared machine the wall clock also counts the time the
 * thread waited for a core; CPU time does not, so it compares two codecs more fairly there (cache and
 * frequency effects of the neighbours remain). Measured per iteration, so it adds nothing per operation
 * but a counter increment.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ThreadCpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long operations;
  private long started;
  private int iterations;
  /**
   * CPU nanoseconds of the benchmark thread per operation in this iteration, divided by the number of
   * iterations: JMH sums {@code EVENTS} counters over the measurement iterations, so the summary line
   * is the mean (each iteration's own line shows its share).
   */
  public double cpuNsPerOp;

  @Setup(Level.Iteration)
  public void start(IterationParams params) {
    this.iterations = Math.max(params.getCount(), 1);
    this.operations = 0;
    this.started = THREADS.getCurrentThreadCpuTime();
  }

  /** Called once per operation. */
  void count() {
    this.operations++;
  }

  @TearDown(Level.Iteration)
  public void stop() {
    long cpu = THREADS.getCurrentThreadCpuTime() - this.started;
    this.cpuNsPerOp = cpu / (double) Math.max(this.operations, 1) / this.iterations;
  }
}
