/**
 * Compiled handler methods: an argument-resolver array, a MethodHandle invoker bound at start-up and a return-value writer.
 */
@NullMarked
package dev.fastpath.autoconfigure.web.invoke;

import org.jspecify.annotations.NullMarked;
