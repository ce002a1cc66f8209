package dev.fastpath.bench.app;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps invalid and unreadable input to 400 with a JSON body, as the bench contract asks. */
@RestControllerAdvice
class BenchErrors {

  /** The error body: what went wrong and, for constraint violations, one {@code field: message} per violation. */
  record ApiError(String error, List<String> details) {}

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex) {
    List<String> details = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + ": " + error.getDefaultMessage())
        .toList();
    return ResponseEntity.badRequest().body(new ApiError("validation failed", details));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ApiError> unreadable(Exception ex) {
    return ResponseEntity.badRequest().body(new ApiError("bad request", List.of()));
  }
}
