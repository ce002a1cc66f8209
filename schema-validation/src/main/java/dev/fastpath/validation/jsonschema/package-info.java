/**
 * The JSON Schema compiler: draft 2020-12 documents and OpenAPI 3.1 component schemas into the schema model,
 * refusing (never ignoring) what it does not support.
 */
@NullMarked
package dev.fastpath.validation.jsonschema;

import org.jspecify.annotations.NullMarked;
