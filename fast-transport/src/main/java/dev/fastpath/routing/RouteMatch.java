package dev.fastpath.routing;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a lookup: the matched route with its path variables, or why none matched.
 *
 * @param route the route, or {@code null} when none matched
 * @param variables the decoded path variables of the route, in template order
 * @param allowed when {@code route} is {@code null}: the methods the path supports (empty means 404,
 *     non-empty means 405 with this {@code Allow} list)
 * @since 0.1
 */
public record RouteMatch(@Nullable Route route, Map<String, String> variables, String allowed) {}
