package dev.fastpath.validation.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

  /** Scratch for small objects: each key's tape index and fingerprint. */
  private final int[] keys = new int[PAIRWISE_LIMIT];

  private final long[] prints = new long[PAIRWISE_LIMIT];

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
      return uniqueSmall(tape, object, end);
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

  /**
   * On fingerprints: a key is compared with the earlier ones only when its fingerprint's bit in a 64-bit filter
   * is already set, and bytes only when fingerprints are equal. Comparing every pair's bytes (two length decodes
   * and a vectorized mismatch set-up each) was a tenth of the time of binding small DTO objects in profiles.
   */
  private boolean uniqueSmall(JsonTape tape, int object, int end) {
    int[] keys = this.keys;
    long[] prints = this.prints;
    long[] entries = tape.tape;
    byte[] s = tape.strings;
    long filter = 0;
    int n = 0;
    for (int key = object + 1; key < end; ) {
      long print = fingerprint(s, (int) (entries[key] & JsonTape.PAYLOAD_MASK));
      long bit = 1L << ((print * 0xBF58_476D_1CE4_E5B9L) >>> 58);
      if ((filter & bit) != 0) {
        for (int earlier = 0; earlier < n; earlier++) {
          if (prints[earlier] == print && TapeEquality.stringsEqual(tape, keys[earlier], tape, key)) {
            return false;
          }
        }
      }
      filter |= bit;
      keys[n] = key;
      prints[n++] = print;
      key = tape.next(key + 1);
    }
    return true;
  }

  /**
   * Length, first and last four bytes of the string at a string-buffer offset (4-byte big-endian length, then the
   * bytes): equal strings have equal fingerprints; the few unequal ones that collide are compared in full.
   */
  private static long fingerprint(byte[] s, int at) {
    int length = (int) INTS.get(s, at);
    int start = at + 4;
    long bytes;
    if (length >= 4) {
      bytes = ((long) (int) INTS.get(s, start) << 32) | ((int) INTS.get(s, start + length - 4) & 0xFFFF_FFFFL);
    } else {
      bytes = 0;
      for (int i = start, stop = start + length; i < stop; i++) {
        bytes = (bytes << 8) | (s[i] & 0xFF);
      }
    }
    return bytes ^ ((long) length * 0x9E37_79B9_7F4A_7C15L);
  }

  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
}
