package dev.fastpath.validation.engine;

import dev.fastpath.validation.schema.JsonType;

/** Checks that apply to any type: type, not-null, false, enum/const, assert-true/false. */
final class ValueChecks {

  private ValueChecks() {
  }

  /** The {@link JsonType} bits of the value at {@code index} ({@code 1.0} is NUMBER and INTEGER). */
  static int typeBits(JsonTape tape, int index, int type) {
    return switch (type) {
      case JsonTape.STRING -> JsonType.STRING.bit();
      case JsonTape.INT64 -> JsonType.NUMBER.bit() | JsonType.INTEGER.bit();
      case JsonTape.DOUBLE -> {
        double value = tape.doubleValue(index);
        yield value == Math.rint(value) ? JsonType.NUMBER.bit() | JsonType.INTEGER.bit() : JsonType.NUMBER.bit();
      }
      case JsonTape.START_OBJECT -> JsonType.OBJECT.bit();
      case JsonTape.START_ARRAY -> JsonType.ARRAY.bit();
      case JsonTape.TRUE, JsonTape.FALSE -> JsonType.BOOLEAN.bit();
      default -> JsonType.NULL.bit();
    };
  }

  static final class TypeCheck extends Check {

    private final int mask;

    private final String rule;

    private final String message;

    TypeCheck(int mask, String rule, String message) {
      this.mask = mask;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if ((typeBits(walk.tape, index, type) & this.mask) != 0) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  static final class NotNullCheck extends Check {

    private final String rule;

    private final String message;

    NotNullCheck(String rule, String message) {
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.NULL) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  static final class FalseCheck extends Check {

    private final String rule;

    private final String message;

    FalseCheck(String rule, String message) {
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  /** {@code enum} and {@code const}: the value equals one of the constants (JSON equality). */
  static final class EnumCheck extends Check {

    private final JsonTape constants;

    private final int[] indexes;

    private final String rule;

    private final String message;

    /** @param constants a tape whose root is an array of the allowed values */
    EnumCheck(JsonTape constants, String rule, String message) {
      this.constants = constants;
      int root = constants.root();
      int[] found = new int[constants.count(root)];
      int n = 0;
      for (int i = root + 1, end = constants.end(root); i < end; i = constants.next(i)) {
        found[n++] = i;
      }
      this.indexes = found;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      for (int constant : this.indexes) {
        if (TapeEquality.equal(walk.tape, index, this.constants, constant)) {
          return true;
        }
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  static final class AssertBooleanCheck extends Check {

    private final int expected;

    private final String rule;

    private final String message;

    AssertBooleanCheck(boolean expected, String rule, String message) {
      this.expected = expected ? JsonTape.TRUE : JsonTape.FALSE;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if ((type != JsonTape.TRUE && type != JsonTape.FALSE) || type == this.expected) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }
}
