package dev.fastpath.autoconfigure.web.sample;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

/** Advice scoped to one controller, ordered before the global one. */
@RestControllerAdvice(assignableTypes = UsersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UsersAdvice {

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, String> illegal(IllegalArgumentException ex, HandlerMethod handler) {
    return Map.of("users", ex.getMessage(), "method", handler.getMethod().getName());
  }

  @ExceptionHandler(ArithmeticException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String arithmetic(ArithmeticException ex) {
    return "users arithmetic: " + ex.getMessage();
  }
}
