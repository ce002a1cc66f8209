package dev.fastpath.routing;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An open-addressing hash table from byte strings to values, looked up with a slice of the request
 * path so that no key object is created per request. Built once; read-only afterwards.
 *
 * @param <T> the value type
 */
final class LiteralTable<T> {

  private static final LiteralTable<?> EMPTY = new LiteralTable<>(List.of(), List.of());

  private final byte[][] keys;
  private final @Nullable Object[] values;
  private final int mask;
  private final int size;
  // Up to LINEAR_MAX keys are compared one by one (most tree nodes have one or two literal children):
  // cheaper than hashing the slice.
  private static final int LINEAR_MAX = 4;
  private final byte[][] linearKeys;
  private final @Nullable Object[] linearValues;

  private LiteralTable(List<byte[]> keys, List<T> values) {
    int capacity = Integer.highestOneBit(Math.max(2, keys.size() * 2 + 1) - 1) << 1;
    this.keys = new byte[capacity][];
    this.values = new Object[capacity];
    this.mask = capacity - 1;
    this.size = keys.size();
    boolean linear = keys.size() <= LINEAR_MAX;
    this.linearKeys = linear ? keys.toArray(byte[][]::new) : new byte[0][];
    this.linearValues = linear ? values.toArray() : new Object[0];
    for (int i = 0; i < keys.size(); i++) {
      byte[] key = keys.get(i);
      int slot = hash(key, 0, key.length) & this.mask;
      while (this.keys[slot] != null) {
        if (Arrays.equals(this.keys[slot], key)) {
          throw new IllegalArgumentException("Duplicate key");
        }
        slot = (slot + 1) & this.mask;
      }
      this.keys[slot] = key;
      this.values[slot] = values.get(i);
    }
  }

  @SuppressWarnings("unchecked")
  static <T> LiteralTable<T> of(List<byte[]> keys, List<T> values) {
    return keys.isEmpty() ? (LiteralTable<T>) EMPTY : new LiteralTable<>(keys, values);
  }

  int size() {
    return this.size;
  }

  /** The value whose key equals {@code source[from, to)}, or {@code null}. */
  @SuppressWarnings("unchecked")
  @Nullable T get(byte[] source, int from, int to) {
    byte[][] linear = this.linearKeys;
    if (linear.length > 0) {
      for (int i = 0; i < linear.length; i++) {
        if (sameBytes(linear[i], source, from, to)) {
          return (T) this.linearValues[i];
        }
      }
      return null;
    }
    int slot = hash(source, from, to) & this.mask;
    byte[] key;
    while ((key = this.keys[slot]) != null) {
      if (sameBytes(key, source, from, to)) {
        return (T) this.values[slot];
      }
      slot = (slot + 1) & this.mask;
    }
    return null;
  }

  /**
   * Compares a key with a path slice eight bytes at a time: keys are short, where the general
   * {@code Arrays.equals} (range checks, then the vectorized mismatch stub) costs more than the bytes.
   */
  private static boolean sameBytes(byte[] key, byte[] source, int from, int to) {
    int length = key.length;
    if (length != to - from) {
      return false;
    }
    int i = 0;
    for (; i + Long.BYTES <= length; i += Long.BYTES) {
      if ((long) PathDecoder.LONGS.get(key, i) != (long) PathDecoder.LONGS.get(source, from + i)) {
        return false;
      }
    }
    for (; i < length; i++) {
      if (key[i] != source[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A constant-time hash of the length and the first and last eight bytes: hashing every byte of a long
   * path showed up as the top cost in profiles, while the keys of one table (route segments, literal
   * paths) rarely share length, head and tail. Collisions cost one vectorized {@code Arrays.equals}.
   */
  static int hash(byte[] bytes, int from, int to) {
    int length = to - from;
    long head;
    long tail;
    if (length >= Long.BYTES) {
      head = (long) PathDecoder.LONGS.get(bytes, from);
      tail = (long) PathDecoder.LONGS.get(bytes, to - Long.BYTES);
    }
    else if (length > 0) {
      head = bytes[from] | bytes[from + length / 2] << 8 | (long) bytes[to - 1] << 16;
      tail = bytes[from + 1 < to ? from + 1 : from];
    }
    else {
      head = 0;
      tail = 0;
    }
    long h = head * 0x9E3779B97F4A7C15L + tail * 0xC2B2AE3D27D4EB4FL + length;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }
}
