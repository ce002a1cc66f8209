/**
 * Compiler 1: validators and binders compiled at start-up from DTO classes (records and POJOs with Jakarta Bean
 * Validation constraints, read with Jackson 3's rules), giving the verdicts, paths and messages that Jackson
 * binding followed by Hibernate Validator would give, from one parse of the request body. Entry point:
 * {@link dev.fastpath.validation.dto.DtoCompiler}.
 */
@NullMarked
package dev.fastpath.validation.dto;

import org.jspecify.annotations.NullMarked;
