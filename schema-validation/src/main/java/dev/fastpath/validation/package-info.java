/**
 * Validation of JSON request bodies against schemas compiled once at start-up (from DTO classes with
 * Jakarta constraints, or from JSON Schema documents), running over simdjson-java's parse.
 */
@NullMarked
package dev.fastpath.validation;

import org.jspecify.annotations.NullMarked;
