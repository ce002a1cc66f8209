/**
 * The schema model: an immutable, explicit description of what a valid JSON document looks like, produced
 * by the compilers (JSON Schema documents, DTO classes with Jakarta constraints) and turned into an
 * executable validator by {@link dev.fastpath.validation.JsonValidator#of}.
 */
@NullMarked
package dev.fastpath.validation.schema;

import org.jspecify.annotations.NullMarked;
