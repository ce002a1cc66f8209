package dev.fastpath.bench.app;

import dev.fastpath.bench.app.Orders.Item;
import dev.fastpath.bench.app.Orders.Order;
import dev.fastpath.bench.app.Orders.OrderResult;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The four endpoints of the bench contract, each serializing its answer per request. Ordinary handler methods, so
 * Fastpath runs them on virtual threads; {@link NonBlockingBenchController} replaces this class when
 * {@code bench.non-blocking=true}.
 */
@RestController
@ConditionalOnProperty(name = "bench.non-blocking", havingValue = "false", matchIfMissing = true)
class BenchController {

  /** {@code /json}'s body. */
  record Message(String message) {}

  /** {@code /users/{id}}'s body. */
  record User(long id, String name) {}

  @GetMapping(value = "/plaintext", produces = MediaType.TEXT_PLAIN_VALUE)
  String plaintext() {
    return "Hello, World!";
  }

  @GetMapping("/json")
  Message json() {
    return new Message("Hello, World!");
  }

  @GetMapping("/users/{id}")
  User user(@PathVariable long id) {
    return new User(id, "user-" + id);
  }

  @PostMapping("/orders")
  ResponseEntity<OrderResult> order(@Valid @RequestBody Order order) {
    int units = 0;
    for (Item item : order.items()) {
      units += item.qty();
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new OrderResult(order.customerId(), order.items().size(), units));
  }
}
