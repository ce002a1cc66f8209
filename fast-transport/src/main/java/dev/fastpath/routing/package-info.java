/**
 * The route table: path templates in Spring {@code PathPattern} syntax compiled at start-up into a tree
 * that matches raw request path bytes without allocation, picks the most specific route as Spring MVC
 * does, and decides 404, 405 and automatic OPTIONS/HEAD. Entry points: {@link dev.fastpath.routing.Router}
 * and {@link dev.fastpath.routing.RouteMatch}.
 */
@NullMarked
package dev.fastpath.routing;

import org.jspecify.annotations.NullMarked;
