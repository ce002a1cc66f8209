package dev.fastpath.validation.engine;

/** Counting and uniqueness of arrays and objects, and the unevaluated* keywords. */
final class ContainerChecks {

  private static final int PAIRWISE_LIMIT = 16;

  private ContainerChecks() {
  }

  /** minItems/maxItems ({@code objects = false}) or minProperties/maxProperties. */
  static final class CountCheck extends Check {

    private final int containerType;

    private final long min;

    private final long max;

    private final String rule;

    private final String message;

    CountCheck(boolean objects, long min, long max, String rule, String message) {
      this.containerType = objects ? JsonTape.START_OBJECT : JsonTape.START_ARRAY;
      this.min = min;
      this.max = max;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != this.containerType) {
        return true;
      }
      int count = walk.tape.count(index);
      if (count >= this.min && count <= this.max) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  /** uniqueItems: pairwise for small arrays, a hash table in scratch space for larger ones (linear time). */
  static final class UniqueItemsCheck extends Check {

    private final String rule;

    private final String message;

    UniqueItemsCheck(String rule, String message) {
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.START_ARRAY || unique(walk, index)) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }

    private static boolean unique(Walk walk, int index) {
      JsonTape tape = walk.tape;
      int count = tape.count(index);
      int end = tape.end(index);
      if (count <= PAIRWISE_LIMIT) {
        for (int a = index + 1; a < end; a = tape.next(a)) {
          for (int b = tape.next(a); b < end; b = tape.next(b)) {
            if (TapeEquality.equal(tape, a, tape, b)) {
              return false;
            }
          }
        }
        return true;
      }
      int capacity = Integer.highestOneBit(count * 2 - 1) << 1;
      int mask = capacity - 1;
      int[] slots = walk.ints(capacity);
      java.util.Arrays.fill(slots, 0, capacity, -1);
      int hashes = walk.claimBits(capacity);
      long[] bits = walk.bits();
      try {
        for (int item = index + 1; item < end; item = tape.next(item)) {
          long hash = TapeEquality.hash(tape, item);
          int slot = (int) (hash ^ (hash >>> 32)) & mask;
          while (slots[slot] != -1) {
            if (bits[hashes + slot] == hash && TapeEquality.equal(tape, item, tape, slots[slot])) {
              return false;
            }
            slot = (slot + 1) & mask;
          }
          slots[slot] = item;
          bits[hashes + slot] = hash;
        }
        return true;
      } finally {
        walk.releaseBits(hashes);
      }
    }
  }

  /** unevaluatedProperties ({@code items = false}) and unevaluatedItems. */
  static final class UnevaluatedCheck extends Check {

    private final Node owner;

    private final Node schema;

    private final boolean items;

    UnevaluatedCheck(Node owner, Node schema, boolean items) {
      this.owner = owner;
      this.schema = schema;
      this.items = items;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != (this.items ? JsonTape.START_ARRAY : JsonTape.START_OBJECT)) {
        return true;
      }
      JsonTape tape = walk.tape;
      int count = tape.count(index);
      int offset = walk.claimBits((count + 63) >>> 6);
      try {
        this.owner.markEvaluated(walk, index, this.items, offset, true);
        boolean valid = true;
        int ordinal = 0;
        for (int at = index + 1, end = tape.end(index); at < end; ordinal++) {
          int value = this.items ? at : at + 1;
          if (!walk.getBit(offset, ordinal)) {
            if (this.items) {
              walk.pushIndex(ordinal);
            } else {
              walk.pushKey(at);
            }
            boolean memberValid = this.schema.validate(walk, value, collect);
            walk.pop();
            if (!memberValid) {
              valid = false;
              if (!collect || walk.full) {
                return false;
              }
            }
          }
          at = tape.next(value);
        }
        return valid;
      } finally {
        walk.releaseBits(offset);
      }
    }
  }
}
