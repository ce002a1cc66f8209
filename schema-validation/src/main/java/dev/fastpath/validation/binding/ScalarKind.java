package dev.fastpath.validation.binding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Java scalar types the binder reads, each with Jackson 3's coercion rules (see {@link Coercions}).
 *
 * @since 0.1.0
 */
public enum ScalarKind {
  STRING(String.class, null),
  INT(Integer.class, int.class),
  LONG(Long.class, long.class),
  SHORT(Short.class, short.class),
  BYTE(Byte.class, byte.class),
  DOUBLE(Double.class, double.class),
  FLOAT(Float.class, float.class),
  BOOLEAN(Boolean.class, boolean.class),
  CHAR(Character.class, char.class),
  BIG_DECIMAL(BigDecimal.class, null),
  BIG_INTEGER(BigInteger.class, null),
  UUID(java.util.UUID.class, null),
  LOCAL_DATE(LocalDate.class, null),
  LOCAL_DATE_TIME(LocalDateTime.class, null),
  LOCAL_TIME(LocalTime.class, null),
  INSTANT(Instant.class, null),
  OFFSET_DATE_TIME(OffsetDateTime.class, null),
  ZONED_DATE_TIME(ZonedDateTime.class, null);

  private static final Map<Class<?>, ScalarKind> BY_CLASS;

  static {
    java.util.HashMap<Class<?>, ScalarKind> map = new java.util.HashMap<>();
    for (ScalarKind kind : values()) {
      map.put(kind.boxed, kind);
      if (kind.primitive != null) {
        map.put(kind.primitive, kind);
      }
    }
    BY_CLASS = Map.copyOf(map);
  }

  private final Class<?> boxed;

  private final @Nullable Class<?> primitive;

  ScalarKind(Class<?> boxed, @Nullable Class<?> primitive) {
    this.boxed = boxed;
    this.primitive = primitive;
  }

  /** The kind for a Java class (primitive or not), or {@code null} when it is not a supported scalar. */
  public static @Nullable ScalarKind of(Class<?> type) {
    return BY_CLASS.get(type);
  }

  /** The reference type ({@code Integer} for {@link #INT}). */
  public Class<?> boxedType() {
    return this.boxed;
  }

  /** Whether values are integral numbers ({@code int}, {@code long}, {@code short}, {@code byte}). */
  public boolean isIntegral() {
    return this == INT || this == LONG || this == SHORT || this == BYTE;
  }

  /** Whether values are binary floating-point numbers. */
  public boolean isFloating() {
    return this == DOUBLE || this == FLOAT;
  }

  /** Whether values are numbers of any kind. */
  public boolean isNumber() {
    return isIntegral() || isFloating() || this == BIG_DECIMAL || this == BIG_INTEGER;
  }

  /** Whether values are {@code java.time} types. */
  public boolean isTemporal() {
    return ordinal() >= LOCAL_DATE.ordinal();
  }

  /** The Java name Jackson uses in messages ({@code int}, {@code java.lang.Integer}). */
  String javaName(boolean primitiveType) {
    return primitiveType && this.primitive != null ? this.primitive.getName() : this.boxed.getName();
  }
}
