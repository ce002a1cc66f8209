/**
 * Precompiled argument resolvers: path variables, request parameters, headers, cookies and request bodies, converted as Spring MVC converts them and failing with Spring's own exceptions.
 */
@NullMarked
package dev.fastpath.autoconfigure.web.bind;

import org.jspecify.annotations.NullMarked;
