/**
 * The default {@code @Valid @RequestBody} validator: request-body types compiled at start-up by
 * schema-validation's DTO compiler, validated and bound from one JSON parse per request.
 */
@NullMarked
package dev.fastpath.autoconfigure.web.dto;

import org.jspecify.annotations.NullMarked;
