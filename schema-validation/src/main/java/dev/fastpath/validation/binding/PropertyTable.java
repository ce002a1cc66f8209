package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * JSON member names matched by their UTF-8 bytes on the tape, without building a {@code String}: a linear scan
 * for a few names, open addressing for more, both comparing the first eight bytes as one masked {@code long}
 * (the whole of most DTO names) before any byte loop. Built at start-up, immutable.
 *
 * @since 0.1.0
 */
public final class PropertyTable {

  private static final int LINEAR_LIMIT = 8;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[][] names;

  /** Each name's first eight bytes, little-endian, zero beyond its length. */
  private final long[] heads;

  /** Each name's length in bytes. */
  private final int[] lengths;

  private final int[] slots;

  private final int @Nullable [] table;

  private final int mask;

  /**
   * @param names the member names
   * @param slots the slot each name selects (aliases share a slot)
   */
  public PropertyTable(List<String> names, int[] slots) {
    this.names = new byte[names.size()][];
    this.heads = new long[names.size()];
    this.lengths = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
      this.names[i] = name;
      this.lengths[i] = name.length;
      long head = 0;
      for (int j = Math.min(8, name.length) - 1; j >= 0; j--) {
        head = (head << 8) | (name[j] & 0xFF);
      }
      this.heads[i] = head;
    }
    this.slots = slots.clone();
    if (this.names.length > LINEAR_LIMIT) {
      int capacity = Integer.highestOneBit(this.names.length * 4 - 1) << 1;
      this.table = new int[capacity];
      this.mask = capacity - 1;
      Arrays.fill(this.table, -1);
      for (int i = 0; i < this.names.length; i++) {
        int slot = hash(this.heads[i], this.lengths[i]) & this.mask;
        while (this.table[slot] != -1) {
          slot = (slot + 1) & this.mask;
        }
        this.table[slot] = i;
      }
    } else {
      this.table = null;
      this.mask = 0;
    }
  }

  /**
   * A table of {@code names} whose slots are their positions (the first of equal names wins, as
   * {@code List.indexOf}), for matching string values by their bytes; {@code null} when a name has no exact UTF-8
   * form (an unpaired surrogate), which then must be matched as a {@code String}.
   */
  public static @Nullable PropertyTable exact(List<String> names) {
    for (String name : names) {
      if (!new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(name)) {
        return null;
      }
    }
    return new PropertyTable(names, IntStream.range(0, names.size()).toArray());
  }

  /** The slot of the member name (or string value) at {@code keyIndex}, or -1 when it is not one of ours. */
  public int find(JsonTape tape, int keyIndex) {
    int id = id(tape, keyIndex, -1);
    return id < 0 ? -1 : this.slots[id];
  }

  /**
   * The id of the member name at {@code keyIndex} (its position in the list given to the constructor), or -1
   * when it is not one of ours. The name with id {@code expected} is tried first: documents usually list members
   * in declaration order, so callers pass the previous member's id plus one and most lookups take one compare.
   */
  public int id(JsonTape tape, int keyIndex, int expected) {
    byte[] s = tape.strings();
    int start = tape.stringStart(keyIndex);
    int length = tape.stringLength(keyIndex);
    long head = head(s, start, length);
    int[] lengths = this.lengths;
    long[] heads = this.heads;
    if (expected >= 0 && expected < heads.length && heads[expected] == head && lengths[expected] == length
        && (length <= 8 || same(s, start, this.names[expected], length))) {
      return expected;
    }
    if (this.table == null) {
      for (int i = 0; i < heads.length; i++) {
        if (heads[i] == head && lengths[i] == length && (length <= 8 || same(s, start, this.names[i], length))) {
          return i;
        }
      }
      return -1;
    }
    int slot = hash(head, length) & this.mask;
    while (true) {
      int id = this.table[slot];
      if (id == -1) {
        return -1;
      }
      if (heads[id] == head && lengths[id] == length && (length <= 8 || same(s, start, this.names[id], length))) {
        return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The slot the name with {@code id} selects (see {@link #id}). */
  public int slot(int id) {
    return this.slots[id];
  }

  /** The first eight bytes of {@code s[start, start + length)} as {@link #heads} holds them. */
  private static long head(byte[] s, int start, int length) {
    if (start + 8 <= s.length) {
      long word = (long) LONGS.get(s, start);
      return length >= 8 ? word : word & ((1L << (length << 3)) - 1);
    }
    long head = 0;
    for (int j = Math.min(8, length) - 1; j >= 0; j--) {
      head = (head << 8) | (s[start + j] & 0xFF);
    }
    return head;
  }

  /** The bytes after the first eight (which {@link #head} compared). */
  private static boolean same(byte[] s, int start, byte[] name, int length) {
    return Arrays.equals(s, start + 8, start + length, name, 8, length);
  }

  private static int hash(long head, int length) {
    long h = (head ^ length) * 0x9E37_79B9_7F4A_7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
