package dev.fastpath.validation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A decimal limit prepared for exact, allocation-free comparison with tape numbers.
 *
 * <p>A tape holds a long or the double nearest to the JSON text. A double's value is taken to be its shortest
 * decimal form ({@link BigDecimal#valueOf(double)}), which is the JSON text itself for every number of up to 15
 * significant digits. Since rounding to double is monotonic, {@code d > nearest(limit)} implies
 * {@code shortest(d) > limit}; only {@code d == nearest(limit)} needs a decimal comparison, and that is
 * decided at compile time when the limit is itself the shortest form of its double. Numbers with more than 15
 * significant digits are only as precise as a double: a tie between such a value and the limit counts as
 * equality.
 */
final class DecimalBound {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  final BigDecimal limit;

  private final double nearest;

  private final boolean nearestIsExact;

  /** -1: every long is below the limit; 1: every long is above; 0: compare with floor/integral. */
  private final int longRange;

  private final long floor;

  private final boolean integral;

  DecimalBound(BigDecimal limit) {
    this.limit = limit;
    this.nearest = limit.doubleValue();
    this.nearestIsExact = !Double.isInfinite(this.nearest)
        && BigDecimal.valueOf(this.nearest).compareTo(limit) == 0;
    BigDecimal floorValue = limit.setScale(0, RoundingMode.FLOOR);
    if (floorValue.compareTo(LONG_MAX) > 0) {
      this.longRange = -1;
      this.floor = 0;
    } else if (floorValue.compareTo(LONG_MIN) < 0) {
      this.longRange = 1;
      this.floor = 0;
    } else {
      this.longRange = 0;
      this.floor = floorValue.longValueExact();
    }
    this.integral = floorValue.compareTo(limit) == 0;
  }

  /** The sign of {@code value - limit}. */
  int compare(long value) {
    if (this.longRange != 0) {
      return this.longRange;
    }
    if (this.integral) {
      return Long.compare(value, this.floor);
    }
    return value <= this.floor ? -1 : 1;
  }

  /** The sign of {@code shortest(value) - limit}. */
  int compare(double value) {
    if (value < this.nearest) {
      return -1;
    }
    if (value > this.nearest) {
      return 1;
    }
    if (this.nearestIsExact) {
      return 0;
    }
    // A tie at double precision. If the shortest form has at most 15 digits it may be the JSON text itself:
    // compare exactly. With 16-17 digits the text had more digits than a double keeps, so the two numbers are
    // indistinguishable here: treat them as equal (the JSON-Schema-Test-Suite's bignum cases expect this).
    BigDecimal shortest = BigDecimal.valueOf(value);
    return shortest.precision() > 15 ? 0 : shortest.compareTo(this.limit);
  }

  /** The sign of {@code value - limit} for the number at a tape index. */
  int compare(JsonTape tape, int index, int type) {
    return type == JsonTape.INT64 ? compare(tape.longValue(index)) : compare(tape.doubleValue(index));
  }
}
