package dev.fastpath.validation.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Property names as UTF-8 bytes, looked up by a tape key without building a {@code String}: a linear scan (length
 * first) for a few names, an open-addressing table over an FNV-1a hash of the bytes for more.
 */
final class NameTable {

  private static final int LINEAR_LIMIT = 8;

  private final byte[][] names;

  private final int[] slots;

  private final int mask;

  NameTable(List<String> names) {
    this.names = new byte[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      this.names[i] = names.get(i).getBytes(StandardCharsets.UTF_8);
    }
    if (this.names.length > LINEAR_LIMIT) {
      int capacity = Integer.highestOneBit(this.names.length * 4 - 1) << 1;
      this.slots = new int[capacity];
      this.mask = capacity - 1;
      Arrays.fill(this.slots, -1);
      for (int i = 0; i < this.names.length; i++) {
        byte[] name = this.names[i];
        int slot = hash(name, 0, name.length) & this.mask;
        while (this.slots[slot] != -1) {
          slot = (slot + 1) & this.mask;
        }
        this.slots[slot] = i;
      }
    } else {
      this.slots = null;
      this.mask = 0;
    }
  }

  int size() {
    return this.names.length;
  }

  /** The id of the key at {@code keyIndex}, or -1. */
  int find(JsonTape tape, int keyIndex) {
    byte[] s = tape.strings;
    int start = tape.stringStart(keyIndex);
    int length = tape.stringLength(keyIndex);
    if (this.slots == null) {
      byte[][] names = this.names;
      for (int i = 0; i < names.length; i++) {
        byte[] name = names[i];
        if (name.length == length && Arrays.equals(s, start, start + length, name, 0, length)) {
          return i;
        }
      }
      return -1;
    }
    int slot = hash(s, start, length) & this.mask;
    while (true) {
      int id = this.slots[slot];
      if (id == -1) {
        return -1;
      }
      byte[] name = this.names[id];
      if (name.length == length && Arrays.equals(s, start, start + length, name, 0, length)) {
        return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private static int hash(byte[] bytes, int start, int length) {
    int h = 0x811c9dc5;
    for (int i = start, end = start + length; i < end; i++) {
      h = (h ^ bytes[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
