package dev.fastpath.validation;

import java.time.Clock;
import java.util.Objects;

/**
 * How a validator runs. Immutable; build with {@link #builder()}.
 *
 * @param maxViolations the most violations collected per document, then the result is
 *     {@linkplain ValidationResult#truncated() truncated} ({@value #DEFAULT_MAX_VIOLATIONS} by default)
 * @param runner which parser runs ({@link Runner#AUTO} by default)
 * @param maxBodyBytes the largest document accepted, in bytes; larger is {@code TOO_LARGE}. It sizes each
 *     per-thread parser: about 21 bytes of heap per body byte ({@value #DEFAULT_MAX_BODY_BYTES} by default)
 * @param maxDepth the deepest nesting of arrays and objects accepted; deeper is {@code TOO_DEEP}
 *     ({@value #DEFAULT_MAX_DEPTH} by default)
 * @param assertFormats whether JSON Schema {@code format} is asserted (off by default: in draft 2020-12 it is
 *     an annotation); keywords a compiler marks as asserted are checked either way
 * @param clock the clock {@code @Past}/{@code @Future} compare against
 * @since 0.1.0
 */
public record ValidationOptions(int maxViolations, Runner runner, int maxBodyBytes, int maxDepth,
    boolean assertFormats, Clock clock) {

  /** Default {@link #maxViolations()}. */
  public static final int DEFAULT_MAX_VIOLATIONS = 100;

  /** Default {@link #maxBodyBytes()}: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** Default {@link #maxDepth()}. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  /** The largest {@link #maxBodyBytes()}: parsers are sized from it, so it is bounded. */
  public static final int MAX_BODY_BYTES_LIMIT = 256 * 1024 * 1024;

  public ValidationOptions {
    if (maxViolations < 1) {
      throw new IllegalArgumentException("maxViolations must be >= 1: " + maxViolations);
    }
    Objects.requireNonNull(runner, "runner");
    if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be in [1, " + MAX_BODY_BYTES_LIMIT + "]: " + maxBodyBytes);
    }
    if (maxDepth < 1 || maxDepth > 10_000) {
      throw new IllegalArgumentException("maxDepth must be in [1, 10000]: " + maxDepth);
    }
    Objects.requireNonNull(clock, "clock");
  }

  /** The defaults. */
  public static ValidationOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().maxViolations(this.maxViolations).runner(this.runner).maxBodyBytes(this.maxBodyBytes)
        .maxDepth(this.maxDepth).assertFormats(this.assertFormats).clock(this.clock);
  }

  /** Builds {@link ValidationOptions}. */
  public static final class Builder {

    private int maxViolations = DEFAULT_MAX_VIOLATIONS;

    private Runner runner = Runner.AUTO;

    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private int maxDepth = DEFAULT_MAX_DEPTH;

    private boolean assertFormats;

    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /** See {@link ValidationOptions#maxViolations()}. */
    public Builder maxViolations(int maxViolations) {
      this.maxViolations = maxViolations;
      return this;
    }

    /** See {@link ValidationOptions#runner()}. */
    public Builder runner(Runner runner) {
      this.runner = runner;
      return this;
    }

    /** See {@link ValidationOptions#maxBodyBytes()}. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** See {@link ValidationOptions#maxDepth()}. */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    /** See {@link ValidationOptions#assertFormats()}. */
    public Builder assertFormats(boolean assertFormats) {
      this.assertFormats = assertFormats;
      return this;
    }

    /** See {@link ValidationOptions#clock()}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The options. */
    public ValidationOptions build() {
      return new ValidationOptions(this.maxViolations, this.runner, this.maxBodyBytes, this.maxDepth,
          this.assertFormats, this.clock);
    }
  }
}
