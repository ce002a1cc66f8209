package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.CharBufferView;
import dev.fastpath.validation.engine.JsonTape;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Per-thread state of reading one tape: the document, and a <em>slot</em> holding the last scalar coerced by
 * {@link Coercions} without allocating (a number as {@code long}/{@code double}, a string as a tape index read as
 * {@link CharSequence} through a reused buffer). Not thread-safe; reset per document.
 *
 * @since 0.1.0
 */
public final class BindState {

  /** The value was coerced into the slot. */
  public static final int VALUE = 0;

  /** The value reads as Java {@code null}. */
  public static final int NULL = 1;

  /** Jackson would fail to bind the value; {@link #failure()} says why. */
  public static final int FAIL = 2;

  /** A shape we do not mirror (a timestamp number for a date, a Base64 UUID ...): Jackson must decide. */
  public static final int DEFER = 3;

  JsonTape tape;

  final NumberText numbers = new NumberText();

  int status;

  long longValue;

  double doubleValue;

  /** The tape index of a string value, or -1 when the value is in {@link #object}. */
  int stringIndex = -1;

  @Nullable Object object;

  @Nullable String failure;

  private char[] chars = new char[64];

  private final CharBufferView view = new CharBufferView();

  /** The tape string the view holds (several constraints on one value decode it once), or -1. */
  private int decoded = -1;

  /** Resets for a new document ({@code json[0, length)} is the text the tape was parsed from). */
  public void reset(JsonTape tape, byte[] json, int length) {
    this.tape = tape;
    this.decoded = -1;
    this.numbers.reset(tape, json, length);
  }

  /** Drops the references to the last document (so that a pooled state does not keep a request body alive). */
  public void clear() {
    this.tape = null;
    this.decoded = -1;
    this.numbers.reset(null, EMPTY, 0);
    this.object = null;
  }

  private static final byte[] EMPTY = new byte[0];

  /** The tape being read. */
  public JsonTape tape() {
    return this.tape;
  }

  /** The outcome of the last coercion: {@link #VALUE}, {@link #NULL}, {@link #FAIL} or {@link #DEFER}. */
  public int status() {
    return this.status;
  }

  /** An integral value, a {@code char}, or a boolean as 1/0. */
  public long longValue() {
    return this.longValue;
  }

  /** A {@code double}, or a {@code float} widened. */
  public double doubleValue() {
    return this.doubleValue;
  }

  /** An object value (a {@code BigDecimal}, a date, an enum constant, a string made from a number ...). */
  public @Nullable Object object() {
    return this.object;
  }

  /** Why binding fails, for {@link #FAIL}; the reason, for {@link #DEFER}. */
  public @Nullable String failure() {
    return this.failure;
  }

  /** The tape index of a string value that was not copied, or -1. */
  public int stringIndex() {
    return this.stringIndex;
  }

  /**
   * The string value as characters: a view over a reused buffer (valid until the next call) for tape strings,
   * or the {@code String} itself.
   */
  public CharSequence chars() {
    if (this.stringIndex < 0) {
      return (CharSequence) this.object;
    }
    return decode(this.stringIndex);
  }

  /** The UTF-8 byte length of a tape string value (nothing decoded), or -1 when the value is a Java object. */
  public int utf8Length() {
    return this.stringIndex < 0 ? -1 : this.tape.stringLength(this.stringIndex);
  }

  /** The string value as a new {@code String}. */
  public String stringValue() {
    return this.stringIndex < 0 ? (String) this.object : this.tape.string(this.stringIndex);
  }

  /** Loads the slot from a Java value, so that constraints can check values that did not come from a tape. */
  public void load(@Nullable Object value) {
    this.stringIndex = -1;
    this.object = value;
    if (value == null) {
      this.status = NULL;
      return;
    }
    this.status = VALUE;
    switch (value) {
      case Double d -> this.doubleValue = d;
      case Float f -> this.doubleValue = f;
      case Boolean b -> this.longValue = b ? 1 : 0;
      case Character c -> this.longValue = c;
      case Number n when !(n instanceof java.math.BigDecimal) && !(n instanceof java.math.BigInteger) ->
          this.longValue = n.longValue();
      default -> {
      }
    }
  }

  String numberText(int index) {
    return this.numbers.text(index);
  }

  BigDecimal numberDecimal(int index) {
    return this.numbers.decimal(index);
  }

  boolean isIntegerLiteral(int index) {
    return this.numbers.isIntegerLiteral(index);
  }

  int set(int status) {
    this.status = status;
    return status;
  }

  int fail(String message) {
    this.failure = message;
    this.status = FAIL;
    return FAIL;
  }

  int defer(String reason) {
    this.failure = reason;
    this.status = DEFER;
    return DEFER;
  }

  int value(long value) {
    this.longValue = value;
    this.stringIndex = -1;
    this.object = null;
    this.status = VALUE;
    return VALUE;
  }

  int value(double value) {
    this.doubleValue = value;
    this.stringIndex = -1;
    this.object = null;
    this.status = VALUE;
    return VALUE;
  }

  int value(Object value) {
    this.object = value;
    this.stringIndex = -1;
    this.status = VALUE;
    return VALUE;
  }

  int string(int tapeIndex) {
    this.stringIndex = tapeIndex;
    this.object = null;
    this.status = VALUE;
    return VALUE;
  }

  private CharSequence decode(int tapeIndex) {
    if (tapeIndex == this.decoded) {
      return this.view;
    }
    byte[] s = this.tape.strings();
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
        int codePoint = ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6)
            | (s[i + 3] & 0x3F);
        out[n++] = Character.highSurrogate(codePoint);
        out[n++] = Character.lowSurrogate(codePoint);
        i += 4;
      }
    }
    this.view.set(out, n);
    this.decoded = tapeIndex;
    return this.view;
  }

  /** The UTF-8 bytes of a tape string as a new {@code String} (for keys in messages and maps). */
  static String utf8(JsonTape tape, int index) {
    return new String(tape.strings(), tape.stringStart(index), tape.stringLength(index), StandardCharsets.UTF_8);
  }
}
