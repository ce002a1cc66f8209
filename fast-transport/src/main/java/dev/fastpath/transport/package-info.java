/**
 * Starting and stopping the engine: configuration, event-loop groups, listeners and the
 * {@link dev.fastpath.transport.FastServer} entry point for standalone use.
 */
@NullMarked
package dev.fastpath.transport;

import org.jspecify.annotations.NullMarked;
