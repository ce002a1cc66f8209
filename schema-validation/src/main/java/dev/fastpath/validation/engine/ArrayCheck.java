package dev.fastpath.validation.engine;

/** The array keywords of one node, run in one pass over the items: prefixItems, items, contains. */
final class ArrayCheck extends Check {

  final Node[] prefix;

  /** {@code items}: the schema for items past {@link #prefix}, or null when absent. */
  final Node items;

  final Node contains;

  final long minContains;

  final long maxContains;

  final String containsRule;

  final String containsMessage;

  final String maxContainsRule;

  final String maxContainsMessage;

  ArrayCheck(Node[] prefix, Node items, Node contains, long minContains, long maxContains, String containsRule,
      String containsMessage, String maxContainsRule, String maxContainsMessage) {
    this.prefix = prefix;
    this.items = items;
    this.contains = contains;
    this.minContains = minContains;
    this.maxContains = maxContains;
    this.containsRule = containsRule;
    this.containsMessage = containsMessage;
    this.maxContainsRule = maxContainsRule;
    this.maxContainsMessage = maxContainsMessage;
  }

  @Override
  boolean validate(Walk walk, int index, int type, boolean collect) {
    if (type != JsonTape.START_ARRAY) {
      return true;
    }
    JsonTape tape = walk.tape;
    boolean valid = true;
    long matches = 0;
    int i = 0;
    for (int item = index + 1, end = tape.end(index); item < end; item = tape.next(item), i++) {
      Node schema = i < this.prefix.length ? this.prefix[i] : this.items;
      if (schema != null && !schema.acceptsAll()) {
        walk.pushIndex(i);
        boolean itemValid = schema.validate(walk, item, collect);
        walk.pop();
        if (!itemValid) {
          valid = false;
          if (!collect || walk.full) {
            return false;
          }
        }
      }
      if (this.contains != null && this.contains.validate(walk, item, false)) {
        matches++;
      }
    }
    if (this.contains != null) {
      if (matches < this.minContains) {
        valid = false;
        if (collect) {
          walk.report(this.containsRule, this.containsMessage);
        }
      }
      if (this.maxContains >= 0 && matches > this.maxContains) {
        valid = false;
        if (collect) {
          walk.report(this.maxContainsRule, this.maxContainsMessage);
        }
      }
    }
    return valid;
  }

  void markEvaluated(Walk walk, int index, int bitsOffset) {
    JsonTape tape = walk.tape;
    int i = 0;
    for (int item = index + 1, end = tape.end(index); item < end; item = tape.next(item), i++) {
      boolean evaluated = i < this.prefix.length || this.items != null
          || (this.contains != null && this.contains.validate(walk, item, false));
      if (evaluated) {
        walk.setBit(bitsOffset, i);
      }
    }
  }
}
