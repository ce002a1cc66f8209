package dev.fastpath.validation.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** Number keywords: bounds, multipleOf, digits. Non-numbers pass (numeric strings where asked). */
final class NumberChecks {

  private static final double TWO_POW_53 = 0x1p53;

  private NumberChecks() {
  }

  /** The decimal value of a string, or {@code null} when it is not a number. */
  static BigDecimal parseDecimal(Walk walk, int index) {
    try {
      return new BigDecimal(walk.chars(index).toString());
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  /** The shortest decimal value of the number at a tape index (allocates). */
  static BigDecimal decimal(JsonTape tape, int index, int type) {
    return type == JsonTape.INT64 ? BigDecimal.valueOf(tape.longValue(index)) : BigDecimal.valueOf(tape.doubleValue(index));
  }

  static final class BoundCheck extends Check {

    private final DecimalBound bound;

    private final boolean upper;

    private final boolean exclusive;

    private final boolean numericStrings;

    private final String rule;

    private final String message;

    BoundCheck(BigDecimal limit, boolean upper, boolean exclusive, boolean numericStrings, String rule,
        String message) {
      this.bound = new DecimalBound(limit);
      this.upper = upper;
      this.exclusive = exclusive;
      this.numericStrings = numericStrings;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      int comparison;
      if (type == JsonTape.INT64 || type == JsonTape.DOUBLE) {
        comparison = this.bound.compare(walk.tape, index, type);
      } else if (type == JsonTape.STRING && this.numericStrings) {
        BigDecimal value = parseDecimal(walk, index);
        if (value == null) {
          return collect ? walk.report(this.rule, this.message) : false;
        }
        comparison = value.compareTo(this.bound.limit);
      } else {
        return true;
      }
      boolean valid = this.upper
          ? (this.exclusive ? comparison < 0 : comparison <= 0)
          : (this.exclusive ? comparison > 0 : comparison >= 0);
      if (valid) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  /**
   * {@code multipleOf}. With the divisor {@code u * 10^-s} ({@code u} its unscaled value), a long {@code v} is a
   * multiple iff {@code v * 10^s} is divisible by {@code u}, i.e. iff {@code v} is divisible by
   * {@code u / gcd(u, 10^s)}: one {@code %} per value, exact.
   */
  static final class MultipleOfCheck extends Check {

    private final BigDecimal divisor;

    /** The long that every multiple must be divisible by, or 0 when it does not fit a long. */
    private final long longDivisor;

    private final String rule;

    private final String message;

    MultipleOfCheck(BigDecimal divisor, String rule, String message) {
      this.divisor = divisor;
      BigDecimal stripped = divisor.stripTrailingZeros();
      BigInteger reduced;
      if (stripped.scale() <= 0) {
        reduced = stripped.toBigIntegerExact();
      } else {
        BigInteger unscaled = stripped.unscaledValue();
        reduced = unscaled.divide(unscaled.gcd(BigInteger.TEN.pow(stripped.scale())));
      }
      this.longDivisor = reduced.bitLength() < 63 ? reduced.longValueExact() : 0;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      boolean valid;
      if (type == JsonTape.INT64) {
        long value = walk.tape.longValue(index);
        valid = this.longDivisor != 0 ? value % this.longDivisor == 0 : isMultiple(BigDecimal.valueOf(value));
      } else if (type == JsonTape.DOUBLE) {
        double value = walk.tape.doubleValue(index);
        if (this.longDivisor != 0 && value == Math.rint(value) && Math.abs(value) < TWO_POW_53) {
          valid = ((long) value) % this.longDivisor == 0;
        } else {
          valid = isMultiple(BigDecimal.valueOf(value));
        }
      } else {
        return true;
      }
      if (valid) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }

    private boolean isMultiple(BigDecimal value) {
      return value.remainder(this.divisor).signum() == 0;
    }
  }

  /** Bean Validation {@code @Digits} on numbers and numeric strings. */
  static final class DigitsCheck extends Check {

    private final int integer;

    private final int fraction;

    private final String rule;

    private final String message;

    DigitsCheck(int integer, int fraction, String rule, String message) {
      this.integer = integer;
      this.fraction = fraction;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      BigDecimal value;
      if (type == JsonTape.INT64) {
        long v = walk.tape.longValue(index);
        int digits = 1;
        for (long rest = v / 10; rest != 0; rest /= 10) {
          digits++;
        }
        if (digits <= this.integer) {
          return true;
        }
        value = BigDecimal.valueOf(v);
      } else if (type == JsonTape.DOUBLE) {
        value = BigDecimal.valueOf(walk.tape.doubleValue(index)).stripTrailingZeros();
      } else if (type == JsonTape.STRING) {
        value = parseDecimal(walk, index);
        if (value == null) {
          return collect ? walk.report(this.rule, this.message) : false;
        }
      } else {
        return true;
      }
      // Hibernate's DigitsValidator: integer digits = precision - scale, fraction digits = max(scale, 0).
      int integerDigits = value.precision() - value.scale();
      int fractionDigits = Math.max(value.scale(), 0);
      if (integerDigits <= this.integer && fractionDigits <= this.fraction) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  /**
   * The integer formats of the OpenAPI Format Registry that the OpenAPI 3.1 dialect uses: {@code int32} and
   * {@code int64}, a number with no fractional part within the signed 32- or 64-bit range ({@code 1.0} is
   * one). Other types pass, as for every format.
   */
  static final class IntegerFormatCheck extends Check {

    private final long min;

    private final long max;

    private final String rule;

    private final String message;

    private IntegerFormatCheck(long min, long max, String rule, String message) {
      this.min = min;
      this.max = max;
      this.rule = rule;
      this.message = message;
    }

    /** The check for {@code format}, or {@code null} when it is not an integer format. */
    static @Nullable IntegerFormatCheck forFormat(String format, String rule, String message) {
      return switch (format) {
        case "int32" -> new IntegerFormatCheck(Integer.MIN_VALUE, Integer.MAX_VALUE, rule, message);
        case "int64" -> new IntegerFormatCheck(Long.MIN_VALUE, Long.MAX_VALUE, rule, message);
        default -> null;
      };
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      boolean valid;
      if (type == JsonTape.INT64) {
        long value = walk.tape.longValue(index);
        valid = value >= this.min && value <= this.max;
      } else if (type == JsonTape.DOUBLE) {
        double value = walk.tape.doubleValue(index);
        // (double) Long.MAX_VALUE is 2^63, itself out of range: the upper bound is exclusive for doubles.
        valid = value == Math.rint(value) && value >= this.min && value < (double) this.max + 1;
      } else {
        return true;
      }
      return valid || (collect ? walk.report(this.rule, this.message) : false);
    }
  }
}
