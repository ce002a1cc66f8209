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

  private LiteralTable(List<byte[]> keys, List<T> values) {
    int capacity = Integer.highestOneBit(Math.max(2, keys.size() * 2 + 1) - 1) << 1;
    this.keys = new byte[capacity][];
    this.values = new Object[capacity];
    this.mask = capacity - 1;
    this.size = keys.size();
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
    int slot = hash(source, from, to) & this.mask;
    byte[] key;
    while ((key = this.keys[slot]) != null) {
      if (Arrays.equals(key, 0, key.length, source, from, to)) {
        return (T) this.values[slot];
      }
      slot = (slot + 1) & this.mask;
    }
    return null;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = to - from;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h ^ (h >>> 16);
  }
}
