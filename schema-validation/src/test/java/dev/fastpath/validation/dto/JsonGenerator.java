package dev.fastpath.validation.dto;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Random JSON documents for a DTO class, directed by its Java types (read by reflection here, independently of
 * the compiler under test): valid values, boundary values, values that violate constraints, values Jackson
 * coerces ({@code "7"} into an {@code int}, {@code 2.5} into an {@code Integer}, {@code ""} into a {@code Boolean})
 * and values it refuses; properties missing, {@code null}, repeated in another order, and unknown ones.
 */
final class JsonGenerator {

  private static final String[] STRINGS = {"\"abc\"", "\"\"", "\" \"", "\"\\t\\n\"", "\"a b\"", "\"abcde\"",
      "\"abcdef\"", "\"abcdefghij\"", "\"abcdefghijk\"", "\"AB123\"", "\"ab123\"", "\"AB1234\"", "\"x@example.com\"",
      "\"first.last@sub.example.org\"", "\"bad@\"", "\"a@b\"", "\"a@b.\"", "\"@b.com\"", "\"a b@c.com\"",
      "\"\\\"q\\\"@x.io\"", "\"ü@ö.de\"", "\"\\u00e9t\\u00e9\"", "\"\\ud83d\\ude00\\ud83d\\ude00\\ud83d\\ude00\"",
      "\"\\u00a0\"", "\"\\u2003\"", "\"12.50\"", "\"5\"", "\"4\"", "\"-3\"", "\"49.9\"", "\"50.01\"", "\"1e1\"",
      "\"abc\"", "\"NaN\"", "123", "1.50", "-0", "1E2", "true", "false", "[]", "{}", "[\"a\"]", "\"ABC-123\"",
      "\"AB\"", "\"A\"", "\"AB-1\"", "\"abc-123\"", "\"12345\"", "\"1234\"", "\"DE\"", "\"DEU\"", "\"+49 30 1234\"",
      "\"x\"", "\"xy\""};

  private static final String[] INTEGERS = {"0", "1", "-1", "5", "150", "151", "127", "128", "255", "256", "-128",
      "-129", "32767", "32768", "-32769", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
      "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "2.5", "-2.5", "2.0", "1e2",
      "1.9999999999999999", "-0", "0.0", "-0.0", "\"7\"", "\" 7 \"", "\"7.5\"", "\"\"", "\" \"", "\"null\"",
      "\"abc\"", "\"+3\"", "\"007\"", "\"2147483648\"", "true", "false", "[]", "{}", "[1]", "9.3e18",
      "9223372036854775807.0", "1e-5"};

  private static final String[] DOUBLES = {"0", "1.5", "-1.5", "-1.4999", "-1.5001", "10", "10.0000001", "1e2",
      "-0.0", "0.001", "0.0001", "99.999", "99.9999", "12.345", "\"NaN\"", "\"Infinity\"", "\"-INF\"", "\"1.5\"",
      "\" 2.5 \"", "\"\"", "\" \"", "\"abc\"", "\"null\"", "true", "3.4028235677973366E38", "1e39", "-1e39", "0.1",
      "16777217", "1.00000005960464477539062499", "1e308", "4.9e-324", "[]", "123456789012345678901234567890"};

  private static final String[] DECIMALS = {"0.01", "0.010", "0.009", "0", "999.99", "999.990", "999.98", "1000",
      "12.50", "12.345", "1E+2", "1e2", "-0.0", "100.5", "\"12.50\"", "\" 3 \"", "\"abc\"", "\"1.\"", "\".5\"",
      "\"+1\"", "true", "\"\"", "0.1000000000000000000001", "123456789012345678901234567890", "1e-400"};

  private static final String[] BIG_INTEGERS = {"12", "12345", "123456", "0", "-5", "12.5", "1e3", "\"99\"", "\"+5\"",
      "\"1.5\"", "123456789012345678901234567890", "\"\"", "100000", "99999.9", "true"};

  private static final String[] BOOLEANS = {"true", "false", "\"true\"", "\"True\"", "\"TRUE\"", "\"tRue\"",
      "\"false\"", "\" false \"", "1", "0", "2", "-1", "1.0", "\"\"", "\" \"", "\"null\"", "\"yes\"", "[]",
      "10000000000", "123456789012345678901234567890"};

  private static final String[] CHARS = {"\"x\"", "\"xy\"", "\"\"", "\"  \"", "\" \"", "65", "-1", "70000", "65.5",
      "true", "\"null\"", "\"\\u00e9\""};

  private static final String[] UUIDS = {"\"123e4567-e89b-12d3-a456-426614174000\"",
      "\"123E4567-E89B-12D3-A456-426614174000\"", "\"123e4567e89b12d3a456426614174000\"", "\"xyz\"", "\"\"", "\"  \"",
      "1", "true", "\"123e4567-e89b-12d3-a456-42661417400g\"", "\"123e4567-e89b-12d3-a456_426614174000\"",
      "\" 123e4567-e89b-12d3-a456-426614174000 \"", "[]"};

  private static final String[] STATUSES = {"\"ACTIVE\"", "\"on-hold\"", "\"ON_HOLD\"", "\"closed\"", "\"CLOSED\"",
      "\"active\"", "0", "1", "2", "3", "-1", "\"1\"", "\"01\"", "\"7\"", "\" ACTIVE \"", "\"\"", "1.0", "true",
      "[]", "{}"};

  private static final String[] DATES = {"\"2020-01-01\"", "\"2030-01-01\"", "\"2025-06-01\"", "\"2025-05-31\"",
      "\"2025-06-02\"", "\"2024-01-31T10:00:00\"", "\"2024-01-31T10:00:00Z\"", "\"2024-02-30\"", "\"2024-1-1\"",
      "\"\"", "\" 2020-01-01 \"", "\"abc\"", "\"+2020-01-01\"", "\"2030-01-01T00:00:00+02:00\""};

  private static final String[] DATE_TIMES = {"\"2020-01-01T10:00:00\"", "\"2030-01-01T10:00\"",
      "\"2025-06-01T12:00:00\"", "\"2025-06-01T12:00:00.000000001\"", "\"2025-06-01T11:59:59.999\"",
      "\"2030-01-01T10:00:00Z\"", "\"2020-01-01T10:00:00+02:00\"", "\"2020-01-01\"", "\"\"", "\"abc\"",
      "\"2030-01-01t10:00:00\"", "\" 2030-01-01T10:00:00 \""};

  private static final String[] INSTANTS = {"\"2020-01-01T10:00:00Z\"", "\"2030-01-01T10:00:00Z\"",
      "\"2025-06-01T12:00:00Z\"", "\"2025-06-01T12:00:00.001Z\"", "\"2025-06-01T13:00:00+01:00\"",
      "\"2025-06-01T14:00:00+02:00\"", "\"2030-01-01T10:00:00+0200\"", "\"2030-01-01T10:00:00+00:00\"",
      "\"2030-01-01T10:00:00+02:00[Europe/Paris]\"", "\"2030-01-01T10:00:00\"", "\"2030-01-01\"", "\"\"", "\"abc\"",
      "\"2030-01-01t10:00:00z\"", "\"2020-01-01T10:00:00-05:00\""};

  /** Shapes the compiled DTO leaves to Jackson (timestamps, arrays as dates, Base64 UUIDs, blank enums): rare. */
  private static final String[] DEFERRED = {"19000", "[2024,1,31]", "1700000000", "\"1700000000\"",
      "\"EjRWeJASNFZ4kBI0VniQEg==\"", "\"  \""};

  private final Random random;

  private final Function<Class<?>, Map<String, String>> jsonNames;

  private final Function<String, String> naming;

  private final java.util.function.BiPredicate<Type, String> bindable;

  /**
   * @param seed the random seed
   * @param jsonNames per class, the JSON name of properties Jackson renames (Java name to JSON name)
   * @param naming the naming strategy for the other properties
   * @param bindable whether Jackson binds a JSON text to a type on its own; most values are drawn until it does,
   *     so that documents reach validation (one refused value makes the whole document a binding failure)
   */
  JsonGenerator(long seed, Function<Class<?>, Map<String, String>> jsonNames, Function<String, String> naming,
      java.util.function.BiPredicate<Type, String> bindable) {
    this.random = new Random(seed);
    this.jsonNames = jsonNames;
    this.naming = naming;
    this.bindable = bindable;
  }

  /** A document for {@code type}. */
  String document(Class<?> type) {
    int roll = this.random.nextInt(100);
    if (roll == 0) {
      return pick("null", "[]", "\"\"", "1", "[{}]");
    }
    return bean(type, 0);
  }

  private String bean(Class<?> type, int depth) {
    List<String> members = new ArrayList<>();
    for (Property property : properties(type)) {
      int roll = this.random.nextInt(100);
      boolean primitive = property.type() instanceof Class<?> c && c.isPrimitive();
      if (primitive && roll >= 2) {
        roll = Math.max(roll, 17);
      }
      if (roll < 12) {
        continue;
      }
      String name = this.jsonNames.apply(type).getOrDefault(property.name(), this.naming.apply(property.name()));
      String value = roll < 17 ? "null" : bindableValue(property.type(), depth);
      members.add(quote(name) + ":" + value);
    }
    if (this.random.nextInt(10) == 0) {
      String extra = pick("\"unknown\":1", "\"x\":{\"y\":[1,2]}", "\"internal\":\"skip\"", "\"secret\":\"s\"");
      String extraName = extra.substring(0, extra.indexOf(':') + 1);
      if (members.stream().noneMatch(m -> m.startsWith(extraName))) {
        members.add(extra);
      }
    }
    Collections.shuffle(members, this.random);
    return "{" + String.join(",", members) + "}";
  }

  /** A value that Jackson binds to {@code type} in 19 of 20 draws (best effort), any value otherwise. */
  private String bindableValue(Type type, int depth) {
    String value = value(type, depth);
    if (this.random.nextInt(20) == 0) {
      return value;
    }
    for (int attempt = 0; attempt < 8 && !this.bindable.test(type, value); attempt++) {
      value = value(type, depth);
    }
    return value;
  }

  private String value(Type type, int depth) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return array(arguments[0], depth);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return map(arguments[1], depth);
      }
      if (raw == Optional.class) {
        return value(arguments[0], depth);
      }
    }
    Class<?> raw = (Class<?>) type;
    if ((raw == UUID.class || raw == Dtos.Status.class || raw.getName().startsWith("java.time."))
        && raw != java.time.LocalTime.class
        && this.random.nextInt(100) == 0) {
      return pick(DEFERRED);
    }
    if (raw.isArray()) {
      return array(raw.getComponentType(), depth);
    }
    if (raw == String.class) {
      return pick(STRINGS);
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
        || raw == Short.class || raw == byte.class || raw == Byte.class || raw == OptionalInt.class) {
      return pick(INTEGERS);
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return pick(DOUBLES);
    }
    if (raw == BigDecimal.class) {
      return pick(DECIMALS);
    }
    if (raw == BigInteger.class) {
      return pick(BIG_INTEGERS);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return pick(BOOLEANS);
    }
    if (raw == char.class || raw == Character.class) {
      return pick(CHARS);
    }
    if (raw == UUID.class) {
      return pick(UUIDS);
    }
    if (raw == Dtos.Status.class) {
      return pick(STATUSES);
    }
    if (raw == LocalDate.class) {
      return pick(DATES);
    }
    if (raw == java.time.LocalTime.class) {
      return pick("\"10:15\"", "\"10:15:30.5\"", "\"25:00\"", "\"2024-01-31T10:15:30\"", "\"10:15Z\"", "\"\"",
          "\" 10:15 \"");
    }
    if (raw == java.util.OptionalLong.class) {
      return pick(INTEGERS);
    }
    if (raw == java.util.OptionalDouble.class) {
      return pick(DOUBLES);
    }
    if (raw == LocalDateTime.class) {
      return pick(DATE_TIMES);
    }
    if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
      return pick(INSTANTS);
    }
    if (depth > 2 || this.random.nextInt(20) == 0) {
      return pick("\"\"", "[]", "1", "\"x\"", "{}");
    }
    return bean(raw, depth + 1);
  }

  private String array(Type element, int depth) {
    int roll = this.random.nextInt(20);
    if (roll == 0) {
      return pick("\"x\"", "\"\"", "{}", "1");
    }
    int length = roll < 3 ? 0 : roll < 5 ? 4 + this.random.nextInt(4) : 1 + this.random.nextInt(3);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      items.add(this.random.nextInt(15) == 0 ? "null"
          : !items.isEmpty() && this.random.nextInt(6) == 0 ? items.get(0) : bindableValue(element, depth));
    }
    return "[" + String.join(",", items) + "]";
  }

  private String map(Type value, int depth) {
    int roll = this.random.nextInt(20);
    if (roll == 0) {
      return pick("\"\"", "[]", "1");
    }
    int length = roll < 3 ? 0 : 1 + this.random.nextInt(3);
    List<String> members = new ArrayList<>();
    String[] keys = {"a", "k.1", "", "x y", "b"};
    for (int i = 0; i < length; i++) {
      members.add(quote(keys[i]) + ":" + (this.random.nextInt(10) == 0 ? "null" : bindableValue(value, depth)));
    }
    return "{" + String.join(",", members) + "}";
  }

  private String pick(String... values) {
    return values[this.random.nextInt(values.length)];
  }

  private static String quote(String name) {
    return "\"" + name + "\"";
  }

  /** A property as Jackson sees it: record components, or POJO fields (setter-backed or public). */
  private record Property(String name, Type type) {
  }

  private static List<Property> properties(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        properties.add(new Property(component.getName(), component.getGenericType()));
      }
      return properties;
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        properties.add(new Property(field.getName(), field.getGenericType()));
      }
    }
    return properties;
  }
}
