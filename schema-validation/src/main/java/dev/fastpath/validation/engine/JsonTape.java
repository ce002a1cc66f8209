package dev.fastpath.validation.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A parsed document in simdjson's tape layout, read by index. Both runners produce it: simdjson-java's own
 * tape, or the same layout built from Jackson's stream. A tape is a <em>view</em> that the next parse on the
 * same {@link ValidationContext} overwrites: read it only inside the call that handed it to you.
 *
 * <p>Layout (one {@code long} per entry, type in the top byte, payload in the low 56 bits): index 0 and the last
 * entry are {@code 'r'} (root); the document's value starts at {@link #root()}. {@code '{'}/{@code '['} hold
 * the index just past their matching {@code '}'}/{@code ']'} in the low 32 bits and the member/element count
 * (saturated at 2<sup>24</sup>-1) in bits 32..55. {@code 'l'} (int64) and {@code 'd'} (double) take two entries,
 * the second holding the value. {@code '"'} holds an offset into {@link #strings()}, where a 4-byte big-endian
 * length precedes the unescaped UTF-8 bytes. Object members are a key string followed by the value.
 *
 * @since 0.1.0
 */
public final class JsonTape {

  /** Root entry. */
  public static final int ROOT = 'r';
  /** Array start. */
  public static final int START_ARRAY = '[';
  /** Object start. */
  public static final int START_OBJECT = '{';
  /** Array end. */
  public static final int END_ARRAY = ']';
  /** Object end. */
  public static final int END_OBJECT = '}';
  /** String. */
  public static final int STRING = '"';
  /** Integer that fits a signed 64-bit long. */
  public static final int INT64 = 'l';
  /** Any other number, as the nearest double. */
  public static final int DOUBLE = 'd';
  /** {@code true}. */
  public static final int TRUE = 't';
  /** {@code false}. */
  public static final int FALSE = 'f';
  /** {@code null}. */
  public static final int NULL = 'n';

  static final long PAYLOAD_MASK = 0x00FF_FFFF_FFFF_FFFFL;

  static final int COUNT_MASK = 0xFF_FFFF;

  long[] tape;

  byte[] strings;

  JsonTape(long[] tape, byte[] strings) {
    this.tape = tape;
    this.strings = strings;
  }

  void set(long[] tape, byte[] strings) {
    this.tape = tape;
    this.strings = strings;
  }

  /** The index of the document's value. */
  public int root() {
    return 1;
  }

  /** The entry type at {@code index}: one of the constants of this class. */
  public int type(int index) {
    return (int) (this.tape[index] >>> 56);
  }

  /** The index just past the value at {@code index} (past the matching end for containers). */
  public int next(int index) {
    long entry = this.tape[index];
    int type = (int) (entry >>> 56);
    if (type == START_ARRAY || type == START_OBJECT) {
      return (int) entry;
    }
    return (type == INT64 || type == DOUBLE) ? index + 2 : index + 1;
  }

  /** The index of the end entry of the container at {@code index}: children lie in {@code (index, end)}. */
  public int end(int index) {
    return (int) this.tape[index] - 1;
  }

  /** The element count of an array or the member count of an object at {@code index}. */
  public int count(int index) {
    int count = (int) ((this.tape[index] >>> 32) & COUNT_MASK);
    if (count < COUNT_MASK) {
      return count;
    }
    boolean object = type(index) == START_OBJECT;
    int n = 0;
    int end = end(index);
    for (int i = index + 1; i < end; i = next(object ? i + 1 : i)) {
      n++;
    }
    return n;
  }

  /** The value of an {@link #INT64} entry. */
  public long longValue(int index) {
    return this.tape[index + 1];
  }

  /** The value of a {@link #DOUBLE} entry. */
  public double doubleValue(int index) {
    return Double.longBitsToDouble(this.tape[index + 1]);
  }

  /** The value of a number entry of either kind, as a double. */
  public double numberAsDouble(int index) {
    return type(index) == INT64 ? (double) this.tape[index + 1] : doubleValue(index);
  }

  /** The buffer holding string bytes; see {@link #stringStart} and {@link #stringLength}. */
  public byte[] strings() {
    return this.strings;
  }

  /** Where the UTF-8 bytes of the string (or key) at {@code index} start in {@link #strings()}. */
  public int stringStart(int index) {
    return (int) (this.tape[index] & PAYLOAD_MASK) + 4;
  }

  /** The UTF-8 byte length of the string (or key) at {@code index}. */
  public int stringLength(int index) {
    int at = (int) (this.tape[index] & PAYLOAD_MASK);
    byte[] s = this.strings;
    return ((s[at] & 0xFF) << 24) | ((s[at + 1] & 0xFF) << 16) | ((s[at + 2] & 0xFF) << 8) | (s[at + 3] & 0xFF);
  }

  /** Whether the string at {@code index} equals the given UTF-8 bytes (no allocation). */
  public boolean stringEquals(int index, byte[] utf8) {
    int start = stringStart(index);
    int length = stringLength(index);
    return length == utf8.length && Arrays.equals(this.strings, start, start + length, utf8, 0, length);
  }

  /** The string (or key) at {@code index} as a Java string (allocates). */
  public String string(int index) {
    return new String(this.strings, stringStart(index), stringLength(index), StandardCharsets.UTF_8);
  }

  /** The string at a raw string-buffer offset (the payload of a string entry), for lazy pointers. */
  String stringAtPayload(int payload) {
    byte[] s = this.strings;
    int length = ((s[payload] & 0xFF) << 24) | ((s[payload + 1] & 0xFF) << 16) | ((s[payload + 2] & 0xFF) << 8)
        | (s[payload + 3] & 0xFF);
    return new String(s, payload + 4, length, StandardCharsets.UTF_8);
  }

  /** The raw payload of the entry at {@code index}. */
  long payload(int index) {
    return this.tape[index] & PAYLOAD_MASK;
  }
}
