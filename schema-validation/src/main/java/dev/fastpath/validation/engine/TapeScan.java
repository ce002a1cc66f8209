package dev.fastpath.validation.engine;

import java.util.Arrays;

/**
 * The acceptance rules simdjson-java does not apply itself, checked in one linear pass over its tape: every
 * double is finite ({@code 1e999} parses as infinity there) and no object has two members with the same name
 * (RFC 8259 §4 says names SHOULD be unique; I-JSON, RFC 7493 §2.3, says MUST — a validator that checks one
 * occurrence while a binder keeps the other is a classic parser-differential bug, so we reject them).
 */
final class TapeScan {

  private static final int PAIRWISE_LIMIT = 12;

  private int[] slots = new int[64];

  /**
   * Whether the tape passes; on {@code false} the caller re-parses with Jackson for a positioned message. Also
   * checks the nesting depth: simdjson-java does not count an empty {@code []}/{@code {}} as a level, so it
   * accepts one level more when the deepest container is empty.
   */
  boolean acceptable(JsonTape tape, int maxDepth) {
    long[] entries = tape.tape;
    int end = (int) entries[0] & 0x7FFF_FFFF;
    int depth = 0;
    for (int i = 1; i < end; ) {
      int type = (int) (entries[i] >>> 56);
      if (type == JsonTape.START_ARRAY || type == JsonTape.START_OBJECT) {
        if (++depth > maxDepth) {
          return false;
        }
      } else if (type == JsonTape.END_ARRAY || type == JsonTape.END_OBJECT) {
        depth--;
      }
      if (type == JsonTape.DOUBLE) {
        if (Double.isInfinite(Double.longBitsToDouble(entries[i + 1]))) {
          return false;
        }
        i += 2;
      } else if (type == JsonTape.INT64) {
        i += 2;
      } else {
        if (type == JsonTape.START_OBJECT && !uniqueNames(tape, i)) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private boolean uniqueNames(JsonTape tape, int object) {
    int count = tape.count(object);
    if (count < 2) {
      return true;
    }
    int end = tape.end(object);
    if (count <= PAIRWISE_LIMIT) {
      for (int a = object + 1; a < end; a = tape.next(a + 1)) {
        for (int b = tape.next(a + 1); b < end; b = tape.next(b + 1)) {
          if (TapeEquality.stringsEqual(tape, a, tape, b)) {
            return false;
          }
        }
      }
      return true;
    }
    int capacity = Integer.highestOneBit(count * 2 - 1) << 1;
    if (this.slots.length < capacity) {
      this.slots = new int[capacity];
    }
    int[] table = this.slots;
    Arrays.fill(table, 0, capacity, -1);
    int mask = capacity - 1;
    for (int key = object + 1; key < end; key = tape.next(key + 1)) {
      long hash = TapeEquality.hash(tape, key);
      int slot = (int) (hash ^ (hash >>> 32)) & mask;
      while (table[slot] != -1) {
        if (TapeEquality.stringsEqual(tape, key, tape, table[slot])) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = key;
    }
    return true;
  }
}
