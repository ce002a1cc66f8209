package dev.fastpath.validation.engine;

import dev.fastpath.validation.Runner;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, once per JVM, whether simdjson-java can run here, and resolves {@link Runner#AUTO}.
 *
 * <p>simdjson-java 0.4.0 needs the {@code jdk.incubator.vector} module and a preferred vector shape of 256 or
 * 512 bits (its {@code VectorUtils} refuses others unless {@code -Dorg.simdjson.species=256|512} forces one). We
 * check both, then parse a small document through the tape access to prove the whole path works.
 */
public final class RunnerSupport {

  private static final Logger logger = LoggerFactory.getLogger(RunnerSupport.class);

  private static volatile @Nullable String simdjsonUnavailableReason;

  private static volatile boolean probed;

  private static volatile boolean autoLogged;

  private RunnerSupport() {
  }

  /** Whether simdjson-java runs on this JVM and CPU. */
  public static boolean simdjsonAvailable() {
    probe();
    return simdjsonUnavailableReason == null;
  }

  /** Why simdjson-java cannot run here, or {@code null} when it can. */
  public static @Nullable String simdjsonUnavailableReason() {
    probe();
    return simdjsonUnavailableReason;
  }

  /**
   * The runner that {@code requested} means here: {@link Runner#AUTO} becomes {@link Runner#SIMDJSON} or {@link
   * Runner#JACKSON} (logged once per JVM).
   *
   * @throws IllegalStateException {@link Runner#SIMDJSON} was requested and cannot run here
   */
  public static Runner resolve(Runner requested) {
    switch (requested) {
      case JACKSON -> {
        return Runner.JACKSON;
      }
      case SIMDJSON -> {
        if (!simdjsonAvailable()) {
          throw new IllegalStateException("simdjson-java cannot run here: " + simdjsonUnavailableReason());
        }
        return Runner.SIMDJSON;
      }
      default -> {
        Runner chosen = simdjsonAvailable() ? Runner.SIMDJSON : Runner.JACKSON;
        if (!autoLogged) {
          autoLogged = true;
          if (chosen == Runner.SIMDJSON) {
            logger.info("JSON validation runs on simdjson-java (Vector API available)");
          } else {
            logger.info("JSON validation runs on Jackson's streaming parser: {}", simdjsonUnavailableReason());
          }
        }
        return chosen;
      }
    }
  }

  private static synchronized void probe() {
    if (probed) {
      return;
    }
    simdjsonUnavailableReason = findReason();
    probed = true;
  }

  private static @Nullable String findReason() {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return "the jdk.incubator.vector module is not in the boot layer (add --add-modules jdk.incubator.vector)";
    }
    String shapeProblem = VectorShapeCheck.problem();
    if (shapeProblem != null) {
      return shapeProblem;
    }
    try {
      byte[] probe = "{\"probe\":[1,2.5,\"x\",true,null]}".getBytes(StandardCharsets.UTF_8);
      SimdJsonTapeParser parser = new SimdJsonTapeParser(256, 8);
      JsonTape tape = new JsonTape(new long[0], new byte[0]);
      parser.parse(probe, probe.length, tape);
      if (tape.type(tape.root()) != JsonTape.START_OBJECT || tape.count(tape.root()) != 1) {
        return "simdjson-java's tape layout is not the expected one (version other than 0.4.0?)";
      }
      return null;
    } catch (Throwable ex) {
      return "simdjson-java failed to start: " + ex;
    }
  }

  /** Touches {@code jdk.incubator.vector} only after the module check, so its absence is not a linkage error. */
  private static final class VectorShapeCheck {

    static @Nullable String problem() {
      String forced = System.getProperty("org.simdjson.species", "preferred");
      if (forced.equals("256") || forced.equals("512")) {
        return null;
      }
      jdk.incubator.vector.VectorShape shape = jdk.incubator.vector.VectorShape.preferredShape();
      if (shape != jdk.incubator.vector.VectorShape.S_256_BIT
          && shape != jdk.incubator.vector.VectorShape.S_512_BIT) {
        return "the CPU's preferred vector shape is " + shape + "; simdjson-java needs 256 or 512 bits";
      }
      return null;
    }
  }
}
