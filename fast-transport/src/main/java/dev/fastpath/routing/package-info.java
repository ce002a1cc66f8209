/**
 * The route table: path templates compiled at start-up into a tree that matches request paths without
 * allocation, with per-node method tables for 404/405 decisions.
 */
@NullMarked
package dev.fastpath.routing;

import org.jspecify.annotations.NullMarked;
