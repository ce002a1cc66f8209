package dev.fastpath.validation.engine;

/** In-place applicators: allOf, anyOf, oneOf, not, if/then/else, $ref, dependentSchemas. */
final class CombinatorChecks {

  private CombinatorChecks() {
  }

  static final class AllOfCheck extends Check implements Node.InPlace {

    private final Node[] schemas;

    AllOfCheck(Node[] schemas) {
      this.schemas = schemas;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      boolean valid = true;
      for (Node schema : this.schemas) {
        if (!schema.validate(walk, index, collect)) {
          valid = false;
          if (!collect || walk.full) {
            return false;
          }
        }
      }
      return valid;
    }

    @Override
    public void markEvaluated(Walk walk, int index, boolean items, int bitsOffset) {
      for (Node schema : this.schemas) {
        schema.markEvaluated(walk, index, items, bitsOffset, false);
      }
    }
  }

  /** {@code anyOf} ({@code exactlyOne = false}) and {@code oneOf}. */
  static final class AnyOfCheck extends Check implements Node.InPlace {

    private final Node[] schemas;

    private final boolean exactlyOne;

    private final String rule;

    private final String message;

    AnyOfCheck(Node[] schemas, boolean exactlyOne, String rule, String message) {
      this.schemas = schemas;
      this.exactlyOne = exactlyOne;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      int matches = 0;
      for (Node schema : this.schemas) {
        if (schema.validate(walk, index, false)) {
          matches++;
          if (!this.exactlyOne || matches > 1) {
            break;
          }
        }
      }
      if (this.exactlyOne ? matches == 1 : matches > 0) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }

    @Override
    public void markEvaluated(Walk walk, int index, boolean items, int bitsOffset) {
      for (Node schema : this.schemas) {
        if (schema.validate(walk, index, false)) {
          schema.markEvaluated(walk, index, items, bitsOffset, false);
        }
      }
    }
  }

  static final class NotCheck extends Check {

    private final Node schema;

    private final String rule;

    private final String message;

    NotCheck(Node schema, String rule, String message) {
      this.schema = schema;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (!this.schema.validate(walk, index, false)) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  static final class ConditionalCheck extends Check implements Node.InPlace {

    private final Node condition;

    private final Node then;

    private final Node otherwise;

    ConditionalCheck(Node condition, Node then, Node otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      Node branch = this.condition.validate(walk, index, false) ? this.then : this.otherwise;
      return branch == null || branch.validate(walk, index, collect);
    }

    @Override
    public void markEvaluated(Walk walk, int index, boolean items, int bitsOffset) {
      if (this.condition.validate(walk, index, false)) {
        this.condition.markEvaluated(walk, index, items, bitsOffset, false);
        if (this.then != null) {
          this.then.markEvaluated(walk, index, items, bitsOffset, false);
        }
      } else if (this.otherwise != null) {
        this.otherwise.markEvaluated(walk, index, items, bitsOffset, false);
      }
    }
  }

  static final class RefCheck extends Check implements Node.InPlace {

    /** Set once when the program is linked (refs may be recursive). */
    Node target;

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      return this.target.validate(walk, index, collect);
    }

    @Override
    public void markEvaluated(Walk walk, int index, boolean items, int bitsOffset) {
      this.target.markEvaluated(walk, index, items, bitsOffset, false);
    }
  }

  static final class DependentSchemaCheck extends Check implements Node.InPlace {

    private final byte[] property;

    private final Node schema;

    DependentSchemaCheck(byte[] property, Node schema) {
      this.property = property;
      this.schema = schema;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.START_OBJECT || !hasMember(walk.tape, index, this.property)) {
        return true;
      }
      return this.schema.validate(walk, index, collect);
    }

    @Override
    public void markEvaluated(Walk walk, int index, boolean items, int bitsOffset) {
      if (walk.tape.type(index) == JsonTape.START_OBJECT && hasMember(walk.tape, index, this.property)) {
        this.schema.markEvaluated(walk, index, items, bitsOffset, false);
      }
    }
  }

  static boolean hasMember(JsonTape tape, int object, byte[] name) {
    for (int i = object + 1, end = tape.end(object); i < end; i = tape.next(i + 1)) {
      if (tape.stringEquals(i, name)) {
        return true;
      }
    }
    return false;
  }
}
