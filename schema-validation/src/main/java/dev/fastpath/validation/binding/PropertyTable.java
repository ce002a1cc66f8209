package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * JSON member names matched by their UTF-8 bytes on the tape, without building a {@code String}: a linear scan
 * (length first) for a few names, open addressing over an FNV-1a hash for more. Built at start-up, immutable.
 *
 * @since 0.1.0
 */
public final class PropertyTable {

  private static final int LINEAR_LIMIT = 8;

  private final byte[][] names;

  private final int[] slots;

  private final int[] table;

  private final int mask;

  /**
   * @param names the member names
   * @param slots the slot each name selects (aliases share a slot)
   */
  public PropertyTable(List<String> names, int[] slots) {
    this.names = new byte[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      this.names[i] = names.get(i).getBytes(StandardCharsets.UTF_8);
    }
    this.slots = slots.clone();
    if (this.names.length > LINEAR_LIMIT) {
      int capacity = Integer.highestOneBit(this.names.length * 4 - 1) << 1;
      this.table = new int[capacity];
      this.mask = capacity - 1;
      Arrays.fill(this.table, -1);
      for (int i = 0; i < this.names.length; i++) {
        int slot = hash(this.names[i], 0, this.names[i].length) & this.mask;
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

  /** The slot of the member name at {@code keyIndex}, or -1 when it is not one of ours. */
  public int find(JsonTape tape, int keyIndex) {
    byte[] s = tape.strings();
    int start = tape.stringStart(keyIndex);
    int length = tape.stringLength(keyIndex);
    if (this.table == null) {
      byte[][] names = this.names;
      for (int i = 0; i < names.length; i++) {
        byte[] name = names[i];
        if (name.length == length && same(s, start, name, length)) {
          return this.slots[i];
        }
      }
      return -1;
    }
    int slot = hash(s, start, length) & this.mask;
    while (true) {
      int id = this.table[slot];
      if (id == -1) {
        return -1;
      }
      byte[] name = this.names[id];
      if (name.length == length && same(s, start, name, length)) {
        return this.slots[id];
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Byte comparison: a plain loop for the short names DTOs have ({@code Arrays.equals} calls the vectorized
   * mismatch intrinsic, whose set-up dominated for 3-10 byte names in profiles).
   */
  private static boolean same(byte[] s, int start, byte[] name, int length) {
    if (length > 32) {
      return Arrays.equals(s, start, start + length, name, 0, length);
    }
    if (length > 0 && s[start] != name[0]) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      if (s[start + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(byte[] bytes, int start, int length) {
    int h = 0x811c9dc5;
    for (int i = start, end = start + length; i < end; i++) {
      h = (h ^ bytes[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
