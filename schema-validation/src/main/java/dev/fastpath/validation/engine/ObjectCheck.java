package dev.fastpath.validation.engine;

/**
 * The object keywords of one node, run in a single pass over the members: properties, patternProperties,
 * additionalProperties, propertyNames, required and dependentRequired (by name id in one {@link NameTable}).
 */
final class ObjectCheck extends Check {

  final NameTable names;

  /** Per name id: the {@code properties} schema, or null. */
  final Node[] propertySchemas;

  final Regex[] patterns;

  final Node[] patternSchemas;

  /** {@code additionalProperties}, or null when absent. */
  final Node additional;

  final Node propertyNames;

  final String propertyNamesRule;

  final String propertyNamesMessage;

  /** Name ids that must be present, with the rule and message of each. */
  final int[] required;

  final String[] requiredNames;

  final String[] requiredRules;

  final String[] requiredMessages;

  /** Per required entry: the name id whose presence triggers it ({@code dependentRequired}), or -1. */
  final int[] requiredTriggers;

  ObjectCheck(NameTable names, Node[] propertySchemas, Regex[] patterns, Node[] patternSchemas, Node additional,
      Node propertyNames, String propertyNamesRule, String propertyNamesMessage, int[] required,
      String[] requiredNames, String[] requiredRules, String[] requiredMessages, int[] requiredTriggers) {
    this.names = names;
    this.propertySchemas = propertySchemas;
    this.patterns = patterns;
    this.patternSchemas = patternSchemas;
    this.additional = additional;
    this.propertyNames = propertyNames;
    this.propertyNamesRule = propertyNamesRule;
    this.propertyNamesMessage = propertyNamesMessage;
    this.required = required;
    this.requiredNames = requiredNames;
    this.requiredRules = requiredRules;
    this.requiredMessages = requiredMessages;
    this.requiredTriggers = requiredTriggers;
  }

  @Override
  boolean validate(Walk walk, int index, int type, boolean collect) {
    if (type != JsonTape.START_OBJECT) {
      return true;
    }
    JsonTape tape = walk.tape;
    int nameCount = this.names.size();
    // Seen names: one long for up to 64 names (no allocation), bit scratch beyond.
    long seen = 0;
    int seenOffset = nameCount > 64 ? walk.claimBits((nameCount + 63) >>> 6) : -1;
    boolean valid = true;
    for (int key = index + 1, end = tape.end(index); key < end; key = tape.next(key + 1)) {
      int id = nameCount == 0 ? -1 : this.names.find(tape, key);
      if (id >= 0) {
        if (seenOffset < 0) {
          seen |= 1L << id;
        } else {
          walk.setBit(seenOffset, id);
        }
      }
      if (!validateMember(walk, key, id, collect)) {
        valid = false;
        if (!collect || walk.full) {
          break;
        }
      }
    }
    if (valid || (collect && !walk.full)) {
      valid &= checkRequired(walk, seen, seenOffset, collect);
    }
    if (seenOffset >= 0) {
      walk.releaseBits(seenOffset);
    }
    return valid;
  }

  private boolean validateMember(Walk walk, int key, int id, boolean collect) {
    boolean valid = true;
    boolean matched = false;
    Node schema = id >= 0 ? this.propertySchemas[id] : null;
    if (schema != null) {
      matched = true;
      valid = applyTo(walk, key, schema, collect);
    }
    for (int p = 0; p < this.patterns.length && (valid || collect); p++) {
      if (this.patterns[p].matches(walk, key)) {
        matched = true;
        valid &= applyTo(walk, key, this.patternSchemas[p], collect);
      }
    }
    if (!matched && this.additional != null && (valid || collect)) {
      valid &= applyTo(walk, key, this.additional, collect);
    }
    if (this.propertyNames != null && (valid || collect) && !this.propertyNames.validate(walk, key, false)) {
      if (collect) {
        walk.pushKey(key);
        walk.report(this.propertyNamesRule, this.propertyNamesMessage);
        walk.pop();
      }
      valid = false;
    }
    return valid;
  }

  private static boolean applyTo(Walk walk, int key, Node schema, boolean collect) {
    if (schema.acceptsAll()) {
      return true;
    }
    walk.pushKey(key);
    boolean valid = schema.validate(walk, key + 1, collect);
    walk.pop();
    return valid;
  }

  private boolean checkRequired(Walk walk, long seen, int seenOffset, boolean collect) {
    boolean valid = true;
    for (int r = 0; r < this.required.length; r++) {
      int trigger = this.requiredTriggers[r];
      if (trigger >= 0 && !isSeen(walk, seen, seenOffset, trigger)) {
        continue;
      }
      if (!isSeen(walk, seen, seenOffset, this.required[r])) {
        valid = false;
        if (!collect) {
          return false;
        }
        walk.reportAt(this.requiredNames[r], this.requiredRules[r], this.requiredMessages[r]);
      }
    }
    return valid;
  }

  private static boolean isSeen(Walk walk, long seen, int seenOffset, int id) {
    return seenOffset < 0 ? (seen & (1L << id)) != 0 : walk.getBit(seenOffset, id);
  }

  /** Marks members evaluated by properties, patternProperties or additionalProperties. */
  void markEvaluated(Walk walk, int index, int bitsOffset) {
    JsonTape tape = walk.tape;
    int ordinal = 0;
    for (int key = index + 1, end = tape.end(index); key < end; key = tape.next(key + 1), ordinal++) {
      boolean evaluated = this.additional != null;
      if (!evaluated && this.names.size() > 0) {
        int id = this.names.find(tape, key);
        evaluated = id >= 0 && this.propertySchemas[id] != null;
      }
      for (int p = 0; p < this.patterns.length && !evaluated; p++) {
        evaluated = this.patterns[p].matches(walk, key);
      }
      if (evaluated) {
        walk.setBit(bitsOffset, ordinal);
      }
    }
  }
}
