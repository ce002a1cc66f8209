package dev.fastpath.routing;

import dev.fastpath.http.HttpMethod;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Every set of methods as a bitmask ({@code 1 << ordinal}) with its {@link Set} view and its ready
 * {@code Allow} header value (RFC 9110 §10.2.1), computed once so that a 405 or an automatic OPTIONS
 * answer allocates nothing. The header lists methods in declaration order, comma-separated without
 * spaces as Spring's {@code HttpHeaders.setAllow} writes them.
 */
final class AllowedMethods {

  static final HttpMethod[] METHODS = HttpMethod.values();
  static final int COUNT = METHODS.length;

  private static final int GET = bit(HttpMethod.GET);
  private static final int HEAD = bit(HttpMethod.HEAD);
  private static final int OPTIONS = bit(HttpMethod.OPTIONS);

  // 2^9 entries: small enough to build eagerly.
  private static final Set<HttpMethod>[] SETS = sets();
  private static final String[] HEADERS = headers();

  private AllowedMethods() {}

  static int bit(HttpMethod method) {
    return 1 << method.ordinal();
  }

  static Set<HttpMethod> set(int mask) {
    return SETS[mask];
  }

  static String header(int mask) {
    return HEADERS[mask];
  }

  /**
   * What an automatic OPTIONS answer allows for paths whose routes declare {@code mask}: the declared
   * methods, HEAD where GET is declared, and OPTIONS itself (as Spring MVC's {@code HttpOptionsHandler}).
   */
  static int forOptions(int mask) {
    return mask | ((mask & GET) != 0 ? HEAD : 0) | OPTIONS;
  }

  @SuppressWarnings("unchecked")
  private static Set<HttpMethod>[] sets() {
    Set<HttpMethod>[] sets = new Set[1 << COUNT];
    for (int mask = 0; mask < sets.length; mask++) {
      EnumSet<HttpMethod> set = EnumSet.noneOf(HttpMethod.class);
      for (HttpMethod method : METHODS) {
        if ((mask & bit(method)) != 0) {
          set.add(method);
        }
      }
      sets[mask] = Collections.unmodifiableSet(set);
    }
    return sets;
  }

  private static String[] headers() {
    String[] headers = new String[1 << COUNT];
    for (int mask = 0; mask < headers.length; mask++) {
      StringJoiner joiner = new StringJoiner(",");
      for (HttpMethod method : METHODS) {
        if ((mask & bit(method)) != 0) {
          joiner.add(method.name());
        }
      }
      headers[mask] = joiner.toString();
    }
    return headers;
  }
}
