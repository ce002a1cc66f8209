package dev.fastpath.bench.validation;

import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.dto.BindResult;
import dev.fastpath.validation.dto.DtoCompiler;
import dev.fastpath.validation.dto.DtoOptions;
import dev.fastpath.validation.dto.DtoSchema;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToIntFunction;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link DtoValidationBenchmark}'s two main sides on one document, alternated in short rounds in one JVM, timed
 * by wall clock and by the thread's CPU time. On a shared machine whose load changes by the minute, JMH's
 * one-benchmark-after-the-other runs can put the two sides under different loads; alternating exposes both to
 * the same load, and CPU time leaves out time the thread waited for a core (it also leaves out GC threads' work,
 * which favours the side that allocates more: Jackson + Hibernate Validator). A complement to JMH, not a
 * replacement.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * dev.fastpath.bench.validation.DtoValidationInterleaved [customers10k|order1|order100] [rounds]}.
 */
public final class DtoValidationInterleaved {

  private static final long ROUND_NANOS = 250_000_000L;

  private static volatile int sink;

  private DtoValidationInterleaved() {
  }

  public static void main(String[] args) {
    String document = args.length > 0 ? args[0] : "customers10k";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    byte[] json = switch (document) {
      case "order1" -> ValidationFixtures.order(1);
      case "order100" -> ValidationFixtures.order(100);
      default -> ValidationFixtures.customers();
    };
    Class<?> type = document.startsWith("order") ? DtoFixtures.Order.class : DtoFixtures.Customers.class;
    DtoSchema<?> schema = DtoCompiler.compile(type, DtoOptions.builder()
        .validation(ValidationOptions.builder().maxBodyBytes(64 * 1024).build()).build());
    JsonMapper mapper = JsonMapper.builder().build();
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    ToIntFunction<byte[]> ours = body -> schema.validateAndBind(body, body.length) instanceof BindResult.Bound<?> b
        ? System.identityHashCode(b.value()) : -1;
    ToIntFunction<byte[]> theirs = body -> validator.validate(mapper.readValue(body, type)).size();
    if (ours.applyAsInt(json) == -1 || theirs.applyAsInt(json) != 0) {
      throw new IllegalStateException("fixture " + document + " must be valid for both");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // Warm-up: as many rounds as measured, results dropped (simdjson-java needs C2 for its Vector API calls).
    for (int i = 0; i < rounds; i++) {
      round(ours, json, threads);
      round(theirs, json, threads);
    }
    double[][] results = new double[4][rounds];
    for (int i = 0; i < rounds; i++) {
      double[] a = round(ours, json, threads);
      double[] b = round(theirs, json, threads);
      results[0][i] = a[0];
      results[1][i] = a[1];
      results[2][i] = b[0];
      results[3][i] = b[1];
    }
    System.out.printf(Locale.ROOT, "%s, %d alternating rounds of %d ms each (medians, µs/op)%n", document, rounds,
        ROUND_NANOS / 1_000_000);
    System.out.printf(Locale.ROOT, "ours   (validate + bind): wall %.1f  cpu %.1f%n", median(results[0]),
        median(results[1]));
    System.out.printf(Locale.ROOT, "Jackson 3 + Hibernate 9:  wall %.1f  cpu %.1f%n", median(results[2]),
        median(results[3]));
    System.out.printf(Locale.ROOT, "ratio: wall %.2fx  cpu %.2fx%n", median(results[2]) / median(results[0]),
        median(results[3]) / median(results[1]));
  }

  /** Runs {@code side} for one round; returns wall and CPU microseconds per operation. */
  private static double[] round(ToIntFunction<byte[]> side, byte[] json, ThreadMXBean threads) {
    int ops = 0;
    int hash = 0;
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long now;
    do {
      for (int i = 0; i < 16; i++) {
        hash += side.applyAsInt(json);
      }
      ops += 16;
      now = System.nanoTime();
    } while (now - start < ROUND_NANOS);
    long cpuUsed = threads.getCurrentThreadCpuTime() - cpu;
    sink = hash;
    return new double[] {(now - start) / 1e3 / ops, cpuUsed / 1e3 / ops};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
