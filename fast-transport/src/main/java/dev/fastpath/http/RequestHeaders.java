package dev.fastpath.http;

import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Read-only view of a request's header fields. Names are matched case-insensitively (RFC 9110 §5.1);
 * values are returned as sent, without surrounding whitespace.
 *
 * @since 0.1
 */
public interface RequestHeaders {

  /** The first value of the named field, or {@code null}. */
  @Nullable String get(CharSequence name);

  /** All values of the named field in order of arrival; empty if absent. */
  List<String> getAll(CharSequence name);

  /** Whether the named field is present. */
  default boolean contains(CharSequence name) {
    return get(name) != null;
  }

  /** Number of field lines. */
  int size();

  /** Visits every field line in order of arrival (names as sent). */
  void forEach(BiConsumer<String, String> action);
}
