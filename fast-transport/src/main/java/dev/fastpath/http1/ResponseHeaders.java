package dev.fastpath.http1;

import io.netty.util.AsciiString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mutable header fields of one response, in insertion order: parallel arrays of name and value
 * {@link CharSequence}s with case-insensitive name lookup (RFC 9110 §5.1). Every name and value is
 * validated when it is added, so application code cannot split a response (CWE-113): a name must be a
 * non-empty token (RFC 9110 §5.6.2), a value must not contain CR, LF, NUL or any other control character
 * but HTAB (RFC 9110 §5.5). Names equal to a frequent header's are stored as the shared constants below,
 * which the encoder writes as pre-encoded bytes.
 *
 * <p>Not thread-safe; one instance per response.
 *
 * @since 0.1
 */
public final class ResponseHeaders {

  public static final AsciiString CONTENT_TYPE = AsciiString.cached("Content-Type");
  public static final AsciiString CONTENT_LENGTH = AsciiString.cached("Content-Length");
  public static final AsciiString DATE = AsciiString.cached("Date");
  public static final AsciiString CONNECTION = AsciiString.cached("Connection");
  public static final AsciiString TRANSFER_ENCODING = AsciiString.cached("Transfer-Encoding");
  public static final AsciiString SERVER = AsciiString.cached("Server");
  public static final AsciiString ALLOW = AsciiString.cached("Allow");
  public static final AsciiString RETRY_AFTER = AsciiString.cached("Retry-After");

  private static final AsciiString[] KNOWN = {
    CONTENT_TYPE, CONTENT_LENGTH, DATE, CONNECTION, TRANSFER_ENCODING, SERVER, ALLOW, RETRY_AFTER
  };
  private static final int INITIAL_CAPACITY = 8;

  private CharSequence[] names = new CharSequence[INITIAL_CAPACITY];
  private CharSequence[] values = new CharSequence[INITIAL_CAPACITY];
  private int size;

  /**
   * Adds a field line; several with the same name are written as several lines.
   *
   * @throws IllegalArgumentException if the name is not a token or the value has a control character
   */
  public ResponseHeaders add(CharSequence name, CharSequence value) {
    CharSequence canonical = canonicalName(name);
    validateValue(canonical, value);
    if (this.size == this.names.length) {
      this.names = Arrays.copyOf(this.names, this.size * 2);
      this.values = Arrays.copyOf(this.values, this.size * 2);
    }
    this.names[this.size] = canonical;
    this.values[this.size] = value;
    this.size++;
    return this;
  }

  /** Replaces every line of the named field with one line. */
  public ResponseHeaders set(CharSequence name, CharSequence value) {
    CharSequence canonical = canonicalName(name);
    validateValue(canonical, value);
    remove(canonical);
    return add(canonical, value);
  }

  /** The first value of the named field, or {@code null}. */
  public @Nullable CharSequence get(CharSequence name) {
    int index = indexOf(name, 0);
    return index < 0 ? null : this.values[index];
  }

  /** Every value of the named field in insertion order. */
  public List<CharSequence> getAll(CharSequence name) {
    List<CharSequence> all = new ArrayList<>(2);
    for (int i = indexOf(name, 0); i >= 0; i = indexOf(name, i + 1)) {
      all.add(this.values[i]);
    }
    return all;
  }

  public boolean contains(CharSequence name) {
    return indexOf(name, 0) >= 0;
  }

  /** Removes every line of the named field; returns whether there was one. */
  public boolean remove(CharSequence name) {
    int kept = 0;
    for (int i = 0; i < this.size; i++) {
      if (!nameEquals(this.names[i], name)) {
        this.names[kept] = this.names[i];
        this.values[kept] = this.values[i];
        kept++;
      }
    }
    boolean removed = kept < this.size;
    Arrays.fill(this.names, kept, this.size, null);
    Arrays.fill(this.values, kept, this.size, null);
    this.size = kept;
    return removed;
  }

  public void clear() {
    Arrays.fill(this.names, 0, this.size, null);
    Arrays.fill(this.values, 0, this.size, null);
    this.size = 0;
  }

  /** Number of field lines. */
  public int size() {
    return this.size;
  }

  public boolean isEmpty() {
    return this.size == 0;
  }

  /** The name of line {@code index} (a constant of this class for the frequent names). */
  public CharSequence name(int index) {
    Objects.checkIndex(index, this.size);
    return this.names[index];
  }

  public CharSequence value(int index) {
    Objects.checkIndex(index, this.size);
    return this.values[index];
  }

  /** Index of the first line at or after {@code from} with this name (ignoring case), or -1. */
  public int indexOf(CharSequence name, int from) {
    for (int i = from; i < this.size; i++) {
      if (nameEquals(this.names[i], name)) {
        return i;
      }
    }
    return -1;
  }

  static boolean nameEquals(CharSequence stored, CharSequence name) {
    return stored == name || AsciiString.contentEqualsIgnoreCase(stored, name);
  }

  /** The shared constant for a frequent name, else the name itself once validated. */
  private static CharSequence canonicalName(CharSequence name) {
    Objects.requireNonNull(name, "name");
    for (AsciiString known : KNOWN) {
      if (known == name || known.length() == name.length() && known.contentEqualsIgnoreCase(name)) {
        return known;
      }
    }
    validateName(name);
    return name;
  }

  /**
   * Checks that {@code name} is a field-name: a non-empty token (RFC 9110 §5.1, §5.6.2).
   *
   * @throws IllegalArgumentException otherwise, naming the offending position (not echoing the name)
   */
  public static void validateName(CharSequence name) {
    int length = name.length();
    if (length == 0) {
      throw new IllegalArgumentException("Header name must not be empty");
    }
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (c > 0xFF || !Http1Chars.TCHAR[c]) {
        throw new IllegalArgumentException("Header name '" + printable(name)
            + "' has a character that is not a token character (RFC 9110 §5.6.2) at index " + i);
      }
    }
  }

  /**
   * Checks that {@code value} holds no control character but HTAB: CR, LF and NUL would split or
   * truncate the response (CWE-113). Characters above U+00FF are allowed and written as {@code ?}.
   *
   * @throws IllegalArgumentException otherwise, naming the header
   */
  public static void validateValue(CharSequence name, CharSequence value) {
    Objects.requireNonNull(value, "value");
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7F) {
        throw new IllegalArgumentException("Value of header '" + printable(name)
            + "' has a control character (0x" + Integer.toHexString(c) + ") at index " + i
            + "; CR, LF, NUL and other controls are not allowed (RFC 9110 §5.5)");
      }
    }
  }

  /** The name with anything outside visible ASCII replaced, so an exception message cannot carry CR/LF. */
  private static String printable(CharSequence name) {
    StringBuilder out = new StringBuilder(Math.min(name.length(), 64));
    for (int i = 0; i < name.length() && i < 64; i++) {
      char c = name.charAt(i);
      out.append(c > 0x20 && c < 0x7F ? c : '?');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ResponseHeaders[");
    for (int i = 0; i < this.size; i++) {
      out.append(i == 0 ? "" : ", ").append(this.names[i]).append(": ").append(this.values[i]);
    }
    return out.append(']').toString();
  }
}
