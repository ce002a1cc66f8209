/**
 * The HTTP/1.1 wire codec: a strict, zero-copy request decoder ({@link dev.fastpath.http1.Http1RequestDecoder})
 * that aggregates each request into an {@link dev.fastpath.http1.Http1Request} over the inbound buffer, and
 * the response-head encoder ({@link dev.fastpath.http1.Http1ResponseEncoder}) with its pre-encoded status
 * lines, header names and per-second {@code Date} cache.
 */
@NullMarked
package dev.fastpath.http1;

import org.jspecify.annotations.NullMarked;
