package dev.fastpath.bench.dispatch;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The controller both dispatchers serve in the benchmarks. */
@RestController
public class BenchController {

  /** A user as JSON. */
  public record User(long id, String name) {}

  /** An order body. */
  public record Order(String customerId, List<Line> items) {}

  /** An order line. */
  public record Line(String sku, int qty) {}

  /** The answer to an order. */
  public record Receipt(String customerId, int lines, int quantity) {}

  @GetMapping("/users/{id}")
  User user(@PathVariable long id) {
    return new User(id, "user-" + id);
  }

  @PostMapping("/orders")
  Receipt order(@RequestBody Order order) {
    int quantity = 0;
    for (Line line : order.items()) {
      quantity += line.qty();
    }
    return new Receipt(order.customerId(), order.items().size(), quantity);
  }
}
