package dev.fastpath.validation.engine;

import dev.fastpath.validation.JsonPointer;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The state of one validation run over one tape: where we are (a path stack of tape indexes and array
 * indexes, turned into a {@link JsonPointer} only when a violation is reported), the violations so far, and
 * reusable scratch space. Owned by a {@link ValidationContext}; reset per run, so a valid document allocates
 * nothing here.
 */
final class Walk {

  private static final int KEY = 0;

  private static final int INDEX = 1;

  /** Regex ids grow with every compiled schema (the CLI compiles thousands): cache only the first ones. */
  private static final int MAX_CACHED_MATCHERS = 4096;

  JsonTape tape;

  Clock clock = Clock.systemUTC();

  private int depth;

  private int[] pathKinds = new int[64];

  private int[] pathValues = new int[64];

  private final ArrayList<Violation> violations = new ArrayList<>();

  private int maxViolations;

  /** Set once the maximum is reached: collecting stops and the walk unwinds. */
  boolean full;

  private boolean truncated;

  private long[] bits = new long[64];

  private int bitsTop;

  private int[] ints = new int[64];

  private char[] chars = new char[256];

  private final CharBufferView charView = new CharBufferView();

  private Matcher[] matchers = new Matcher[16];

  Walk(JsonTape tape) {
    this.tape = tape;
  }

  void reset(JsonTape tape, int maxViolations, Clock clock) {
    this.tape = tape;
    this.maxViolations = maxViolations;
    this.clock = clock;
    this.depth = 0;
    this.violations.clear();
    this.full = false;
    this.truncated = false;
    this.bitsTop = 0;
  }

  ValidationResult result() {
    if (this.violations.isEmpty()) {
      return ValidationResult.valid();
    }
    ValidationResult result = ValidationResult.invalid(this.violations, this.truncated);
    this.violations.clear();
    return result;
  }

  // ---- path ------------------------------------------------------------------------------------------------

  void pushKey(int keyTapeIndex) {
    push(KEY, keyTapeIndex);
  }

  void pushIndex(int arrayIndex) {
    push(INDEX, arrayIndex);
  }

  private void push(int kind, int value) {
    if (this.depth == this.pathKinds.length) {
      this.pathKinds = Arrays.copyOf(this.pathKinds, this.depth * 2);
      this.pathValues = Arrays.copyOf(this.pathValues, this.depth * 2);
    }
    this.pathKinds[this.depth] = kind;
    this.pathValues[this.depth] = value;
    this.depth++;
  }

  void pop() {
    this.depth--;
  }

  private JsonPointer pointer(String extraName) {
    List<Object> segments = new ArrayList<>(this.depth + 1);
    for (int i = 0; i < this.depth; i++) {
      segments.add(this.pathKinds[i] == KEY ? this.tape.string(this.pathValues[i]) : this.pathValues[i]);
    }
    if (extraName != null) {
      segments.add(extraName);
    }
    return JsonPointer.of(segments);
  }

  // ---- violations ----------------------------------------------------------------------------------------

  /** Records a violation at the current location; returns {@code false} for use as a check's result. */
  boolean report(String rule, String message) {
    return reportAt(null, rule, message);
  }

  /** Records a violation at the current location's property {@code name} (a missing required property). */
  boolean reportAt(String name, String rule, String message) {
    if (this.full) {
      return false;
    }
    if (this.violations.size() == this.maxViolations) {
      this.truncated = true;
      this.full = true;
      return false;
    }
    this.violations.add(new Violation(pointer(name), rule, message));
    return false;
  }

  /** How many violations were reported so far (to discard those of a failed alternative). */
  int mark() {
    return this.violations.size();
  }

  // ---- scratch ---------------------------------------------------------------------------------------------

  /** Claims {@code words} zeroed longs of bit scratch; returns their offset. Release with {@link #releaseBits}. */
  int claimBits(int words) {
    int offset = this.bitsTop;
    if (offset + words > this.bits.length) {
      this.bits = Arrays.copyOf(this.bits, Math.max(this.bits.length * 2, offset + words));
    }
    Arrays.fill(this.bits, offset, offset + words, 0L);
    this.bitsTop = offset + words;
    return offset;
  }

  void releaseBits(int offset) {
    this.bitsTop = offset;
  }

  long[] bits() {
    return this.bits;
  }

  void setBit(int offset, int bit) {
    this.bits[offset + (bit >>> 6)] |= 1L << bit;
  }

  boolean getBit(int offset, int bit) {
    return (this.bits[offset + (bit >>> 6)] & (1L << bit)) != 0;
  }

  /** An int scratch array of at least {@code size} (not zeroed, not reentrant: callers must not nest). */
  int[] ints(int size) {
    if (this.ints.length < size) {
      this.ints = new int[Math.max(size, this.ints.length * 2)];
    }
    return this.ints;
  }

  /**
   * The string at {@code tapeIndex} decoded to UTF-16 in a reused buffer, as a {@link CharSequence} valid
   * until the next call.
   */
  CharSequence chars(int tapeIndex) {
    byte[] s = this.tape.strings;
    int start = this.tape.stringStart(tapeIndex);
    int end = start + this.tape.stringLength(tapeIndex);
    if (this.chars.length < end - start) {
      this.chars = new char[Math.max(end - start, this.chars.length * 2)];
    }
    char[] out = this.chars;
    int n = 0;
    for (int i = start; i < end; ) {
      int b = s[i];
      if (b >= 0) {
        out[n++] = (char) b;
        i++;
      } else if ((b & 0xE0) == 0xC0) {
        out[n++] = (char) (((b & 0x1F) << 6) | (s[i + 1] & 0x3F));
        i += 2;
      } else if ((b & 0xF0) == 0xE0) {
        out[n++] = (char) (((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
        i += 3;
      } else {
        int codePoint = ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
        out[n++] = Character.highSurrogate(codePoint);
        out[n++] = Character.lowSurrogate(codePoint);
        i += 4;
      }
    }
    this.charView.set(out, n);
    return this.charView;
  }

  /** A matcher for {@code regex}, reused per walk (compiled patterns are shared, matchers are not). */
  Matcher matcher(Regex regex, CharSequence input) {
    int id = regex.id();
    if (id >= MAX_CACHED_MATCHERS) {
      return regex.pattern().matcher(input);
    }
    if (id >= this.matchers.length) {
      this.matchers = Arrays.copyOf(this.matchers, Math.max(id + 1, this.matchers.length * 2));
    }
    Matcher matcher = this.matchers[id];
    if (matcher == null || matcher.pattern() != regex.pattern()) {
      matcher = regex.pattern().matcher(input);
      this.matchers[id] = matcher;
      return matcher;
    }
    return matcher.reset(input);
  }
}
