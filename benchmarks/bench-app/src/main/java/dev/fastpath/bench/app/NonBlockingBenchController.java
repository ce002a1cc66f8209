package dev.fastpath.bench.app;

import dev.fastpath.autoconfigure.web.NonBlocking;
import dev.fastpath.bench.app.BenchController.Message;
import dev.fastpath.bench.app.BenchController.User;
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
 * {@link BenchController} as a user writes it who knows these handlers never block and says so with Fastpath's
 * documented {@link NonBlocking}: the handlers then run on the connection's event loop instead of a virtual thread.
 * Active with {@code bench.non-blocking=true} (the {@code fastpath-nonblocking} row of the load comparison), so the
 * cost of the virtual-thread hand-off is measured in the same run.
 */
@RestController
@NonBlocking
@ConditionalOnProperty(name = "bench.non-blocking", havingValue = "true")
class NonBlockingBenchController {

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
