/**
 * Protocol-neutral HTTP model of the engine: methods, status codes, the request view a handler reads
 * and the response it writes, and {@link dev.fastpath.http.HttpException} for errors with a status.
 */
@NullMarked
package dev.fastpath.http;

import org.jspecify.annotations.NullMarked;
