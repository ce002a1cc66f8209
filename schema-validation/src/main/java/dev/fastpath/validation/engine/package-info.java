/**
 * Runs compiled validators: parses a body into a tape (simdjson-java's, or the same layout built from
 * Jackson's streaming parser), walks it with the program compiled from a {@link
 * dev.fastpath.validation.schema.Schema}, and collects violations. Public types here ({@link
 * dev.fastpath.validation.engine.JsonTape}, {@link dev.fastpath.validation.engine.ValidationContext}) are for
 * the binder and the server; the rest is internal.
 */
@NullMarked
package dev.fastpath.validation.engine;

import org.jspecify.annotations.NullMarked;
