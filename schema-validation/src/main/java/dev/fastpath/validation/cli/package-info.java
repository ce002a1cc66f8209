/** The command line: validate an instance against a JSON Schema, or a batch of JSON lines. */
@NullMarked
package dev.fastpath.validation.cli;

import org.jspecify.annotations.NullMarked;
