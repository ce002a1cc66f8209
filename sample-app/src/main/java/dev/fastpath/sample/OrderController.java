package dev.fastpath.sample;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Orders kept in memory: create, read, list, replace, delete. */
@RestController
@RequestMapping("/orders")
class OrderController {

  private final Map<Long, Order> orders = new ConcurrentSkipListMap<>();
  private final AtomicLong ids = new AtomicLong();

  @PostMapping
  ResponseEntity<Order> create(@Valid @RequestBody OrderRequest request) {
    Order order = new Order(this.ids.incrementAndGet(), request);
    this.orders.put(order.id(), order);
    return ResponseEntity.created(URI.create("/orders/" + order.id())).body(order);
  }

  @GetMapping
  List<Order> list() {
    return List.copyOf(this.orders.values());
  }

  @GetMapping("/{id}")
  Order get(@PathVariable long id) {
    Order order = this.orders.get(id);
    if (order == null) {
      throw new OrderNotFoundException(id);
    }
    return order;
  }

  @PutMapping("/{id}")
  Order replace(@PathVariable long id, @Valid @RequestBody OrderRequest request) {
    Order order = new Order(id, request);
    if (this.orders.replace(id, order) == null) {
      throw new OrderNotFoundException(id);
    }
    return order;
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    if (this.orders.remove(id) == null) {
      throw new OrderNotFoundException(id);
    }
  }
}
