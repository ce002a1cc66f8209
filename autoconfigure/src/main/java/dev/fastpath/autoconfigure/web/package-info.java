/**
 * Serves Spring annotated controllers on the Fastpath router: handler methods compiled into routes at start-up, request-condition selection, and the answers to unmatched requests.
 */
@NullMarked
package dev.fastpath.autoconfigure.web;

import org.jspecify.annotations.NullMarked;
