package dev.fastpath.autoconfigure.web.sample;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Global exception handlers, as an application would write them. */
@RestControllerAdvice
public class SampleAdvice {

  @ExceptionHandler(AdvisedException.class)
  ResponseEntity<Map<String, String>> advised(AdvisedException ex) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).header("X-Advised", "yes")
        .body(Map.of("advised", ex.getMessage()));
  }

  @ExceptionHandler(UnsupportedOperationException.class)
  ProblemDetail unsupported(UnsupportedOperationException ex) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED, ex.getMessage());
    detail.setTitle("Not there yet");
    return detail;
  }

  @ExceptionHandler(ArithmeticException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String arithmetic(ArithmeticException ex) {
    return "arithmetic: " + ex.getMessage();
  }
}
