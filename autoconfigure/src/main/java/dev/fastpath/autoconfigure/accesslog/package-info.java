/**
 * The access log: one line per request in Common or Combined Log Format, written by a thread of its own so
 * the event loop never waits for it.
 */
@NullMarked
package dev.fastpath.autoconfigure.accesslog;

import org.jspecify.annotations.NullMarked;
