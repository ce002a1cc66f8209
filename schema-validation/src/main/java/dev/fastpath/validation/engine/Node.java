package dev.fastpath.validation.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled {@link dev.fastpath.validation.schema.SchemaNode}: its checks, plus what {@code
 * unevaluatedProperties}/{@code unevaluatedItems} need to know about it (which keywords evaluate members, which
 * subschemas apply in place). Linked once by {@link ProgramCompiler}, immutable afterwards.
 */
final class Node {

  /** All checks, in keyword order. */
  Check[] checks = new Check[0];

  /** The object keywords of this node (properties, patternProperties, additionalProperties ...), or null. */
  ObjectCheck objectCheck;

  /** The array keywords of this node (prefixItems, items, contains ...), or null. */
  ArrayCheck arrayCheck;

  /** Whether this node has {@code unevaluatedProperties} (when it validates, it evaluated every member). */
  boolean evaluatesAllProperties;

  /** Whether this node has {@code unevaluatedItems} (when it validates, it evaluated every item). */
  boolean evaluatesAllItems;

  /** In-place applicators (allOf, anyOf, oneOf, if/then/else, $ref, dependentSchemas), for annotations. */
  final List<InPlace> inPlace = new ArrayList<>();

  /** Whether this node has no keywords (schema {@code true}). */
  boolean acceptsAll() {
    return this.checks.length == 0;
  }

  boolean validate(Walk walk, int index, boolean collect) {
    Check[] checks = this.checks;
    if (checks.length == 0) {
      return true;
    }
    int type = walk.tape.type(index);
    boolean valid = true;
    for (Check check : checks) {
      if (!check.validate(walk, index, type, collect)) {
        valid = false;
        if (!collect || walk.full) {
          return false;
        }
      }
    }
    return valid;
  }

  /**
   * Marks in the walk's bit scratch at {@code bitsOffset} the members ({@code items = false}, by member
   * ordinal) or items (by index) of the value at {@code index} that this node evaluates, counting only
   * subschemas that validate (JSON Schema 2020-12 §11.3). {@code own} leaves out this node's own unevaluated*
   * keyword (the one asking).
   */
  void markEvaluated(Walk walk, int index, boolean items, int bitsOffset, boolean own) {
    if (items) {
      if (this.evaluatesAllItems && !own) {
        markAll(walk, index, bitsOffset);
      } else if (this.arrayCheck != null) {
        this.arrayCheck.markEvaluated(walk, index, bitsOffset);
      }
    } else {
      if (this.evaluatesAllProperties && !own) {
        markAll(walk, index, bitsOffset);
      } else if (this.objectCheck != null) {
        this.objectCheck.markEvaluated(walk, index, bitsOffset);
      }
    }
    for (InPlace applicator : this.inPlace) {
      applicator.markEvaluated(walk, index, items, bitsOffset);
    }
  }

  private static void markAll(Walk walk, int index, int bitsOffset) {
    int count = walk.tape.count(index);
    for (int i = 0; i < count; i++) {
      walk.setBit(bitsOffset, i);
    }
  }

  /** An in-place applicator seen from the annotation side: which subschemas' annotations count. */
  interface InPlace {

    /** Marks the members (objects) or items (arrays) that the valid subschemas evaluated. */
    void markEvaluated(Walk walk, int index, boolean items, int bitsOffset);
  }
}
