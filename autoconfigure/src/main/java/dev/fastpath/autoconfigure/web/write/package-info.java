/**
 * Return-value writers: content negotiation as Spring MVC's message converters do it, JSON through Boot's JsonMapper, ResponseEntity, ProblemDetail and asynchronous results.
 */
@NullMarked
package dev.fastpath.autoconfigure.web.write;

import org.jspecify.annotations.NullMarked;
