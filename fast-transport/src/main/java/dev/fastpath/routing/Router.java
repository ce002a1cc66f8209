package dev.fastpath.routing;

import dev.fastpath.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The route table, compiled once at start-up from {@link Route}s whose templates use Spring's
 * {@code PathPattern} syntax (see {@link PathTemplate}), and matched the way Spring MVC matches
 * {@code @RequestMapping}s:
 * <ol>
 * <li>Of all templates that match the path and have a route for the method, the most specific wins
 * (Spring's {@code PathPattern.SPECIFICITY_COMPARATOR}: catch-alls last, then fewer captures and
 * wildcards, then the longer template). A path that an all-literal template spells exactly, with a route
 * for the method, wins at once (a hash lookup over the raw bytes).
 * <li>HEAD: a HEAD route wherever one matches, otherwise the best GET route
 * ({@link RouteMatch#headFallback()}).
 * <li>No route for the method, but templates match the path: OPTIONS gets
 * {@link RouteMatch.Outcome#OPTIONS}, anything else {@link RouteMatch.Outcome#METHOD_NOT_ALLOWED}, both
 * with the methods of all those templates. Nothing matches: {@link RouteMatch.Outcome#NOT_FOUND}.
 * </ol>
 * Paths are matched segment by segment against their percent-decoded values without {@code ;}
 * parameters; a trailing slash matters ({@code /users/} does not match {@code /users}). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class Router {

  private static final int GET = HttpMethod.GET.ordinal();

  private final List<Route> routes;
  private final RouteTree tree;

  private Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
    List<CompiledRoute> compiled = new ArrayList<>(routes.size());
    for (Route route : this.routes) {
      try {
        compiled.add(new CompiledRoute(route, PathTemplate.parse(route.template())));
      }
      catch (InvalidPathTemplateException ex) {
        throw new IllegalStateException("Invalid route " + route + ": " + ex.getMessage(), ex);
      }
    }
    this.tree = RouteTree.build(compiled);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every route, in registration order. */
  public List<Route> routes() {
    return this.routes;
  }

  /**
   * Looks up the route for a request. Allocates nothing once {@code target} has been used with this
   * router.
   *
   * @param method the request method
   * @param path the request path bytes, still percent-encoded, without the query
   * @param offset where the path starts in {@code path}
   * @param length the path's length
   * @param target receives the outcome; it refers to {@code path} afterwards (see {@link RouteMatch})
   * @return whether a route was found ({@link RouteMatch.Outcome#FOUND})
   * @throws InvalidPathEncodingException (status 400) if the path holds a malformed {@code %} sequence
   */
  public boolean find(HttpMethod method, byte[] path, int offset, int length, RouteMatch target) {
    Objects.checkFromIndexSize(offset, length, path.length);
    int to = offset + length;
    int ordinal = method.ordinal();
    boolean head = method == HttpMethod.HEAD;
    target.start(path, 0, this.tree.maxVariables());
    // Spring MVC's direct-path lookup: a literal template spelled exactly by the path wins outright. The
    // exact table holds no template with '%' or ';', so a hit needs no decoding and no validation.
    RouteNode exact = this.tree.exactNode(path, offset, to);
    if (exact != null) {
      CompiledRoute route = exact.routes[ordinal];
      if (route == null && head) {
        route = exact.routes[GET];
      }
      if (route != null) {
        target.found(route, route.route().method() != method);
        return true;
      }
    }
    int flags = PathDecoder.scan(path, offset, to);
    target.flags(flags);
    RouteSearch search = target.search();
    search.start(this.tree, path, offset, to, flags);
    CompiledRoute route = search.best(this.tree, ordinal, target.variables);
    if (route == null && head) {
      route = search.best(this.tree, GET, target.variables);
    }
    if (route != null) {
      target.found(route, route.route().method() != method);
      return true;
    }
    int allowed = search.methods(this.tree);
    if (allowed == 0) {
      target.notFound();
    }
    else if (method == HttpMethod.OPTIONS) {
      target.options(AllowedMethods.forOptions(allowed));
    }
    else {
      target.methodNotAllowed(allowed);
    }
    return false;
  }

  /**
   * Looks up a path given as a string (for tests and tools; the server uses the byte form).
   *
   * @see #find(HttpMethod, byte[], int, int, RouteMatch)
   */
  public boolean find(HttpMethod method, String path, RouteMatch target) {
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    return find(method, bytes, 0, bytes.length, target);
  }

  /** Collects routes; {@link #build()} compiles them. */
  public static final class Builder {

    private final List<Route> routes = new ArrayList<>();

    private Builder() {}

    public Builder add(Route route) {
      this.routes.add(Objects.requireNonNull(route, "route"));
      return this;
    }

    /**
     * Compiles the routes.
     *
     * @throws IllegalStateException naming the route(s) if a template is invalid or two routes with
     *     the same method have equivalent templates
     */
    public Router build() {
      return new Router(this.routes);
    }
  }
}
