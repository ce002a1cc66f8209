package dev.fastpath.transport;

import dev.fastpath.metrics.RejectionReason;

/**
 * A request the engine answers itself with an error and {@code Connection: close}: a decode failure or a
 * read timeout.
 *
 * @param status the status to answer with
 * @param detail a safe message for the problem body (never request bytes)
 * @param reason what the metrics listener is told
 */
record PendingFailure(int status, String detail, RejectionReason reason) {}
