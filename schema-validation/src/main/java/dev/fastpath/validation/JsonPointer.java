package dev.fastpath.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6901 JSON Pointer into an instance document, keeping its segments typed (a property name or an
 * array index), so that it renders both as a pointer ({@code /items/3/qty}, with {@code ~0}/{@code ~1}
 * escapes, §3-4) and as a Spring-style property path ({@code items[3].qty}).
 *
 * @since 0.1.0
 */
public final class JsonPointer {

  /** The pointer to the whole document ({@code ""}). */
  public static final JsonPointer ROOT = new JsonPointer(List.of());

  private final List<Object> segments;

  private JsonPointer(List<Object> segments) {
    this.segments = segments;
  }

  /**
   * A pointer from segments: each a {@link String} (property name) or an {@link Integer} (array index).
   */
  public static JsonPointer of(List<?> segments) {
    List<Object> copy = new ArrayList<>(segments.size());
    for (Object segment : segments) {
      if (!(segment instanceof String) && !(segment instanceof Integer)) {
        throw new IllegalArgumentException("segment must be a String or an Integer: " + segment);
      }
      copy.add(segment);
    }
    return new JsonPointer(List.copyOf(copy));
  }

  /** A pointer from segments, see {@link #of(List)}. */
  public static JsonPointer of(Object... segments) {
    return of(List.of(segments));
  }

  /** This pointer followed by a property name. */
  public JsonPointer property(String name) {
    List<Object> copy = new ArrayList<>(this.segments);
    copy.add(name);
    return new JsonPointer(List.copyOf(copy));
  }

  /** This pointer followed by an array index. */
  public JsonPointer index(int index) {
    List<Object> copy = new ArrayList<>(this.segments);
    copy.add(index);
    return new JsonPointer(List.copyOf(copy));
  }

  /** The segments: {@link String} property names and {@link Integer} array indexes. */
  public List<Object> segments() {
    return this.segments;
  }

  /**
   * The property path as Spring and Bean Validation write it: {@code items[3].qty}; the root is {@code ""}.
   * Names are written as they are (no escaping).
   */
  public String toPropertyPath() {
    StringBuilder path = new StringBuilder();
    for (Object segment : this.segments) {
      if (segment instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append((String) segment);
      }
    }
    return path.toString();
  }

  /** The RFC 6901 string form, e.g. {@code /items/3/qty}; the root is {@code ""}. */
  @Override
  public String toString() {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : this.segments) {
      pointer.append('/');
      if (segment instanceof Integer index) {
        pointer.append(index);
      } else {
        appendEscaped(pointer, (String) segment);
      }
    }
    return pointer.toString();
  }

  /** Appends a reference token with {@code ~} as {@code ~0} and {@code /} as {@code ~1} (RFC 6901 §3). */
  static void appendEscaped(StringBuilder pointer, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        pointer.append("~0");
      } else if (c == '/') {
        pointer.append("~1");
      } else {
        pointer.append(c);
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPointer pointer && pointer.segments.equals(this.segments);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(this.segments);
  }
}
