package dev.fastpath.validation.dto;

import dev.fastpath.validation.binding.BindState;
import dev.fastpath.validation.binding.ScalarKind;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One compiled Jakarta constraint on one value type, evaluated as Hibernate Validator 9's validator for that
 * type would (each rule names the validator it follows). The value is the coerced slot of a {@link BindState}:
 * integers and floating-point numbers are compared without allocating, strings through a reused
 * {@link CharSequence}. Immutable.
 */
final class Constraint {

  /** The constraint. */
  enum Type {
    NOT_NULL, NULL, NOT_BLANK, NOT_EMPTY, SIZE, PATTERN, EMAIL, MIN, MAX, DECIMAL_MIN, DECIMAL_MAX, POSITIVE,
    POSITIVE_OR_ZERO, NEGATIVE, NEGATIVE_OR_ZERO, DIGITS, ASSERT_TRUE, ASSERT_FALSE, PAST, PAST_OR_PRESENT, FUTURE,
    FUTURE_OR_PRESENT
  }

  /** How the slot holds the value. */
  enum ValueKind {
    TEXT, INTEGRAL, DOUBLE, FLOAT, DECIMAL, BIG_INTEGER, BOOLEAN, TEMPORAL, CONTAINER, OTHER
  }

  final Type type;

  final ValueKind kind;

  /** The simple name of the annotation ({@code NotBlank}), used as the violation's rule and Spring's code. */
  final String rule;

  final Messages.MessageTemplate message;

  final Annotation annotation;

  // Parameters, by type.
  long min;

  long max;

  @Nullable BigDecimal decimal;

  /** {@link #decimal} as a long range check: floor and ceiling when they fit a long. */
  long decimalFloor;

  long decimalCeiling;

  boolean decimalFitsLong;

  boolean inclusive;

  @Nullable Pattern pattern;

  /** Index of {@link #pattern} in the walk's matcher cache. */
  int patternId = -1;

  /** The fast path for {@link #pattern}, when it qualifies. */
  @Nullable ClassSequencePattern fastPattern;

  @Nullable ScalarKind temporal;

  Constraint(Type type, ValueKind kind, String rule, Messages.MessageTemplate message, Annotation annotation) {
    this.type = type;
    this.kind = kind;
    this.rule = rule;
    this.message = message;
    this.annotation = annotation;
  }

  void decimal(BigDecimal value) {
    this.decimal = value;
    BigDecimal floor = value.setScale(0, java.math.RoundingMode.FLOOR);
    BigDecimal ceiling = value.setScale(0, java.math.RoundingMode.CEILING);
    this.decimalFitsLong = floor.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) > 0
        && ceiling.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
    if (this.decimalFitsLong) {
      this.decimalFloor = floor.longValueExact();
      this.decimalCeiling = ceiling.longValueExact();
    }
  }

  /** Whether {@code null} satisfies the constraint (all but {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}). */
  boolean acceptsNull() {
    return this.type != Type.NOT_NULL && this.type != Type.NOT_BLANK && this.type != Type.NOT_EMPTY;
  }

  /** Whether a container of {@code size} elements satisfies the constraint. */
  boolean testSize(int size) {
    return switch (this.type) {
      case NOT_EMPTY -> size > 0;
      case SIZE -> size >= this.min && size <= this.max;
      case NULL -> false;
      default -> true;
    };
  }

  /** Whether the non-null value in the slot satisfies the constraint. */
  boolean test(BindState st, DtoWalk walk) {
    return switch (this.type) {
      case NOT_NULL -> true;
      case NULL -> false;
      case NOT_BLANK -> !isBlank(st.chars());
      case NOT_EMPTY -> st.chars().length() > 0;
      case SIZE -> sizeOf(st.chars());
      case PATTERN -> this.fastPattern != null ? this.fastPattern.matches(st.chars())
          : walk.matcher(this, st.chars()).matches();
      case EMAIL -> Emails.isValid(st.chars(), this.pattern, walk, this);
      case MIN -> compareToLong(st, this.min) >= 0;
      case MAX -> compareToLong(st, this.max) <= 0;
      case DECIMAL_MIN -> {
        int c = compareToDecimal(st, -1);
        yield this.inclusive ? c >= 0 : c > 0;
      }
      case DECIMAL_MAX -> {
        int c = compareToDecimal(st, 1);
        yield this.inclusive ? c <= 0 : c < 0;
      }
      case POSITIVE -> signum(st, -1) > 0;
      case POSITIVE_OR_ZERO -> signum(st, -1) >= 0;
      case NEGATIVE -> signum(st, 1) < 0;
      case NEGATIVE_OR_ZERO -> signum(st, 1) <= 0;
      case DIGITS -> digits(st);
      case ASSERT_TRUE -> st.longValue() != 0;
      case ASSERT_FALSE -> st.longValue() == 0;
      case PAST -> compareToNow(st.object(), walk.clock()) < 0;
      case PAST_OR_PRESENT -> compareToNow(st.object(), walk.clock()) <= 0;
      case FUTURE -> compareToNow(st.object(), walk.clock()) > 0;
      case FUTURE_OR_PRESENT -> compareToNow(st.object(), walk.clock()) >= 0;
    };
  }

  private boolean sizeOf(CharSequence chars) {
    int length = chars.length();
    return length >= this.min && length <= this.max;
  }

  /** NotBlankValidator: {@code !value.toString().isBlank()} (whitespace per {@link Character#isWhitespace}). */
  private static boolean isBlank(CharSequence chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (!Character.isWhitespace(chars.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Min/Max validators: NumberComparatorHelper. NaN compares as {@code nanResult} (LESS_THAN for Min, GREATER_THAN
   * for Max: always a violation); a string that is not a number is a violation.
   */
  private int compareToLong(BindState st, long limit) {
    int nan = this.type == Type.MIN ? -1 : 1;
    return switch (this.kind) {
      case INTEGRAL -> Long.compare(st.longValue(), limit);
      case DOUBLE -> Double.isNaN(st.doubleValue()) ? nan : Double.compare(st.doubleValue(), limit);
      case FLOAT -> Double.isNaN(st.doubleValue()) ? nan : Float.compare((float) st.doubleValue(), limit);
      case DECIMAL -> ((BigDecimal) st.object()).compareTo(BigDecimal.valueOf(limit));
      case BIG_INTEGER -> ((BigInteger) st.object()).compareTo(BigInteger.valueOf(limit));
      case TEXT -> {
        BigDecimal value = parse(st.chars());
        yield value == null ? nan : value.compareTo(BigDecimal.valueOf(limit));
      }
      default -> 0;
    };
  }

  /** DecimalMin/DecimalMax validators: DecimalNumberComparatorHelper, with infinities ordered. */
  private int compareToDecimal(BindState st, int nan) {
    BigDecimal limit = this.decimal;
    return switch (this.kind) {
      case INTEGRAL -> compareLong(st.longValue());
      case DOUBLE, FLOAT -> {
        double d = st.doubleValue();
        if (Double.isNaN(d)) {
          yield nan;
        }
        if (Double.isInfinite(d)) {
          yield d > 0 ? 1 : -1;
        }
        yield BigDecimal.valueOf(d).compareTo(limit);
      }
      case DECIMAL -> ((BigDecimal) st.object()).compareTo(limit);
      case BIG_INTEGER -> new BigDecimal((BigInteger) st.object()).compareTo(limit);
      case TEXT -> {
        BigDecimal value = parse(st.chars());
        yield value == null ? nan : value.compareTo(limit);
      }
      default -> 0;
    };
  }

  /** {@code BigDecimal.valueOf(value).compareTo(decimal)} without allocating. */
  private int compareLong(long value) {
    if (!this.decimalFitsLong) {
      return BigDecimal.valueOf(value).compareTo(this.decimal);
    }
    if (value < this.decimalFloor) {
      return -1;
    }
    if (value > this.decimalCeiling) {
      return 1;
    }
    if (this.decimalFloor == this.decimalCeiling) {
      return 0;
    }
    // decimal lies strictly between floor and ceiling
    return value == this.decimalFloor ? -1 : 1;
  }

  /** NumberSignHelper; NaN is LESS_THAN for Positive*, GREATER_THAN for Negative*: always a violation. */
  private int signum(BindState st, int nan) {
    return switch (this.kind) {
      case INTEGRAL -> Long.signum(st.longValue());
      case DOUBLE -> Double.isNaN(st.doubleValue()) ? nan : Double.compare(st.doubleValue(), 0D);
      case FLOAT -> Double.isNaN(st.doubleValue()) ? nan : Float.compare((float) st.doubleValue(), 0F);
      case DECIMAL -> ((BigDecimal) st.object()).signum();
      case BIG_INTEGER -> ((BigInteger) st.object()).signum();
      case TEXT -> {
        BigDecimal value = parse(st.chars());
        yield value == null ? nan : value.signum();
      }
      default -> 0;
    };
  }

  /** DigitsValidatorForNumber / ForCharSequence ({@link #min} integer digits, {@link #max} fraction digits). */
  private boolean digits(BindState st) {
    if (this.kind == ValueKind.INTEGRAL) {
      // new BigDecimal(num.toString()).stripTrailingZeros(): 100 is 1E+2, whose integer length is still 3.
      return integerDigits(st.longValue()) <= this.min;
    }
    BigDecimal value = switch (this.kind) {
      case DOUBLE -> finite(st.doubleValue())
          ? new BigDecimal(Double.toString(st.doubleValue())).stripTrailingZeros() : null;
      case FLOAT -> finite(st.doubleValue())
          ? new BigDecimal(Float.toString((float) st.doubleValue())).stripTrailingZeros() : null;
      // A BigDecimal is taken as it is: its scale counts trailing zeros (12.50 has 2 fraction digits).
      case DECIMAL -> (BigDecimal) st.object();
      case BIG_INTEGER -> new BigDecimal(st.object().toString()).stripTrailingZeros();
      case TEXT -> parse(st.chars());
      default -> null;
    };
    if (value == null) {
      // NaN and infinities (Hibernate Validator throws on them) and text that is not a number.
      return false;
    }
    int integerPart = value.precision() - value.scale();
    int fractionPart = value.scale() < 0 ? 0 : value.scale();
    return this.min >= integerPart && this.max >= fractionPart;
  }

  private static int integerDigits(long value) {
    long v = value > 0 ? -value : value;
    int digits = 1;
    while (v <= -10) {
      v /= 10;
      digits++;
    }
    return digits;
  }

  private static boolean finite(double d) {
    return !Double.isNaN(d) && !Double.isInfinite(d);
  }

  private static @Nullable BigDecimal parse(CharSequence chars) {
    try {
      return new BigDecimal(chars.toString());
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  /** AbstractJavaTimeValidator: {@code value.compareTo(T.now(clock))}. */
  private int compareToNow(@Nullable Object value, Clock clock) {
    return switch (value) {
      case LocalDate d -> d.compareTo(LocalDate.now(clock));
      case LocalDateTime d -> d.compareTo(LocalDateTime.now(clock));
      case LocalTime t -> t.compareTo(LocalTime.now(clock));
      case Instant i -> i.compareTo(clock.instant());
      case OffsetDateTime d -> d.compareTo(OffsetDateTime.now(clock));
      case ZonedDateTime d -> d.compareTo(ZonedDateTime.now(clock));
      case null, default -> 0;
    };
  }
}
