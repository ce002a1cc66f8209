package dev.fastpath.sample;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The application's own error answers. Validation failures are left to Spring's problem details
 * ({@code spring.mvc.problemdetails.enabled=true}), which Fastpath extends with every violation.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  @ExceptionHandler
  ProblemDetail orderNotFound(OrderNotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Order not found");
    return problem;
  }
}
