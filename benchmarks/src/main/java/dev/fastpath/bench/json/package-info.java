/**
 * JSON response writing: the controllers' path ({@code BodyWriter} with Boot's {@code JsonMapper}, then the
 * engine's copy into a pooled direct buffer) against Jackson writing to a {@code byte[]}.
 */
@NullMarked
package dev.fastpath.bench.json;

import org.jspecify.annotations.NullMarked;
