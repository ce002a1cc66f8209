package dev.fastpath.routing;

import dev.fastpath.http.HttpMethod;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link Router#find}: the route that matched with its path variables, or why none did.
 * Mutable and reusable: the caller owns one instance and passes it to every lookup, which overwrites
 * it, so a lookup allocates nothing.
 *
 * <p><strong>Not thread-safe, and it refers to the path bytes given to {@code find}</strong>: variable
 * values are decoded from them on first access. A caller that hands the match to another thread (a
 * handler on a virtual thread) while it reuses the path buffer or the match for the next pipelined
 * request must pass a {@link #copy()} — or use one {@code RouteMatch} and one path array per
 * request in flight.
 *
 * @since 0.1
 */
public final class RouteMatch {

  /** What a lookup decided. */
  public enum Outcome {
    /** A route matched; see {@link #route()}. */
    FOUND,
    /** No template matches the path: answer 404. */
    NOT_FOUND,
    /** Templates match the path, but none for the method: answer 405 with {@link #allowHeader()}. */
    METHOD_NOT_ALLOWED,
    /**
     * An OPTIONS request on a path that templates match, none of them with an OPTIONS route: answer
     * 200 with {@link #allowHeader()} and no body.
     */
    OPTIONS
  }

  private static final String[] NO_VALUES = {};

  private Outcome outcome = Outcome.NOT_FOUND;
  private @Nullable CompiledRoute route;
  private boolean headFallback;
  private int allowed;
  private byte[] path = new byte[0];
  private int pathFlags;
  /** Start and end offset in {@link #path} of each variable's raw value. */
  int[] variables = new int[8];
  private @Nullable String[] values = NO_VALUES;
  /** Whether {@link #values} holds anything to clear (most lookups decode nothing through this match). */
  private boolean valuesCached;
  private @Nullable RouteSearch search;

  /** A match with outcome {@link Outcome#NOT_FOUND}. */
  public RouteMatch() {}

  /** Forgets the last lookup (outcome {@link Outcome#NOT_FOUND}, no route, no variables). */
  public void reset() {
    this.outcome = Outcome.NOT_FOUND;
    this.route = null;
    this.headFallback = false;
    this.allowed = 0;
    if (this.valuesCached) {
      Arrays.fill(this.values, null);
      this.valuesCached = false;
    }
  }

  public Outcome outcome() {
    return this.outcome;
  }

  /** The matched route; {@code null} unless the outcome is {@link Outcome#FOUND}. */
  public @Nullable Route route() {
    return this.route != null ? this.route.route() : null;
  }

  /** The template of the matched route (for metrics tags), or {@code null}. */
  public @Nullable String template() {
    return this.route != null ? this.route.route().template() : null;
  }

  /**
   * Whether a HEAD request is served by a GET route (no HEAD route matched): the server sends the GET
   * response's headers without its body (RFC 9110 §9.3.2).
   */
  public boolean headFallback() {
    return this.headFallback;
  }

  /**
   * For {@link Outcome#METHOD_NOT_ALLOWED}: the methods of all templates matching the path; for
   * {@link Outcome#OPTIONS}: those plus HEAD (where GET is allowed) and OPTIONS. Empty otherwise. A
   * shared, unmodifiable set.
   */
  public Set<HttpMethod> allowedMethods() {
    return AllowedMethods.set(this.allowed);
  }

  /** {@link #allowedMethods()} as an {@code Allow} header value, e.g. {@code GET,HEAD,OPTIONS}. */
  public String allowHeader() {
    return AllowedMethods.header(this.allowed);
  }

  /** Number of path variables of the matched route (0 if none matched). */
  public int variableCount() {
    return this.route != null ? this.route.variableCount() : 0;
  }

  /** Name of variable {@code index}, in template order. */
  public String variableName(int index) {
    checkIndex(index);
    return this.route.variableNames()[index];
  }

  /**
   * The decoded value of variable {@code index}: its segment value(s) without {@code ;} parameters,
   * percent-decoded as UTF-8 (an encoded {@code %2F} becomes {@code /}). Decoded on first access and
   * cached until the next lookup.
   */
  public String variableValue(int index) {
    checkIndex(index);
    String value = this.values[index];
    if (value == null) {
      value = PathDecoder.decode(this.path, this.variables[index * 2], this.variables[index * 2 + 1], this.pathFlags);
      this.values[index] = value;
      this.valuesCached = true;
    }
    return value;
  }

  /** The decoded value of the variable called {@code name}, or {@code null} if there is none. */
  public @Nullable String variableValue(String name) {
    for (int i = 0; i < variableCount(); i++) {
      if (variableName(i).equals(name)) {
        return variableValue(i);
      }
    }
    return null;
  }

  /** Offset in the path array where the raw value of variable {@code index} starts. */
  public int variableStart(int index) {
    checkIndex(index);
    return this.variables[index * 2];
  }

  /** Offset in the path array where the raw value of variable {@code index} ends (exclusive). */
  public int variableEnd(int index) {
    checkIndex(index);
    return this.variables[index * 2 + 1];
  }

  /** All variables, decoded, in template order (allocates). */
  public Map<String, String> variables() {
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < variableCount(); i++) {
      variables.put(variableName(i), variableValue(i));
    }
    return variables;
  }

  /**
   * A copy that owns its path bytes, for handing to another thread while this instance serves the
   * next lookup. Decoded values already cached are kept.
   */
  public RouteMatch copy() {
    RouteMatch copy = new RouteMatch();
    copy.outcome = this.outcome;
    copy.route = this.route;
    copy.headFallback = this.headFallback;
    copy.allowed = this.allowed;
    copy.pathFlags = this.pathFlags;
    int count = variableCount();
    if (count > 0) {
      int from = Integer.MAX_VALUE;
      int to = 0;
      for (int i = 0; i < count * 2; i++) {
        from = Math.min(from, this.variables[i]);
        to = Math.max(to, this.variables[i]);
      }
      copy.path = Arrays.copyOfRange(this.path, from, to);
      copy.variables = new int[count * 2];
      for (int i = 0; i < count * 2; i++) {
        copy.variables[i] = this.variables[i] - from;
      }
      copy.values = Arrays.copyOf(this.values, count);
      copy.valuesCached = this.valuesCached;
    }
    return copy;
  }

  @Override
  public String toString() {
    return switch (this.outcome) {
      case FOUND -> "FOUND " + route() + (this.headFallback ? " (HEAD via GET)" : "") + " " + variables();
      case METHOD_NOT_ALLOWED, OPTIONS -> this.outcome + " Allow: " + allowHeader();
      case NOT_FOUND -> "NOT_FOUND";
    };
  }

  private void checkIndex(int index) {
    if (this.route == null || index < 0 || index >= this.route.variableCount()) {
      throw new IndexOutOfBoundsException("Variable " + index + " of " + variableCount());
    }
  }

  // Package-private: written by Router.find.

  RouteSearch search() {
    RouteSearch search = this.search;
    if (search == null) {
      search = new RouteSearch();
      this.search = search;
    }
    return search;
  }

  void start(byte[] path, int flags, int maxVariables) {
    reset();
    this.path = path;
    this.pathFlags = flags;
    if (this.variables.length < maxVariables * 2) {
      this.variables = new int[maxVariables * 2];
    }
    if (this.values.length < maxVariables) {
      this.values = new String[maxVariables];
    }
  }

  void flags(int pathFlags) {
    this.pathFlags = pathFlags;
  }

  void found(CompiledRoute route, boolean headFallback) {
    this.outcome = Outcome.FOUND;
    this.route = route;
    this.headFallback = headFallback;
  }

  void notFound() {
    this.outcome = Outcome.NOT_FOUND;
  }

  void methodNotAllowed(int allowed) {
    this.outcome = Outcome.METHOD_NOT_ALLOWED;
    this.allowed = allowed;
  }

  void options(int allowed) {
    this.outcome = Outcome.OPTIONS;
    this.allowed = allowed;
  }
}
