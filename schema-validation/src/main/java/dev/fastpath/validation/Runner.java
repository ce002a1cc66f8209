package dev.fastpath.validation;

/**
 * Which JSON parser a validator runs on. Both give the same results for the same input.
 *
 * @since 0.1.0
 */
public enum Runner {
  /**
   * simdjson-java when the {@code jdk.incubator.vector} module is in the boot layer and the CPU offers the
   * 256- or 512-bit byte vectors it needs; Jackson otherwise. Decided once per JVM, logged once.
   */
  AUTO,
  /** simdjson-java 0.4.0; fails at validator creation when it cannot run here. */
  SIMDJSON,
  /** Jackson 3's streaming parser. */
  JACKSON
}
