/**
 * Exception handling as Spring MVC with Boot answers: @ExceptionHandler methods of controllers and advice beans, ResponseStatus and Spring's standard exceptions, Boot's error JSON and RFC 9457 problem details.
 */
@NullMarked
package dev.fastpath.autoconfigure.web.error;

import org.jspecify.annotations.NullMarked;
