package dev.fastpath.autoconfigure.web.sample;

import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Path variables: served once the router matches templates. */
@RestController
@RequestMapping("/users")
public class UsersController {

  @GetMapping("/{id}")
  Map<String, Object> user(@PathVariable long id) {
    return Map.of("id", id);
  }

  @GetMapping("/{id}/orders/{orderId}")
  String order(@PathVariable long id, @PathVariable UUID orderId) {
    return id + ":" + orderId;
  }

  @GetMapping("/{name}/profile")
  String profile(@PathVariable String name) {
    return "profile of " + name;
  }

  @GetMapping("/{id}/tags/{*rest}")
  String rest(@PathVariable long id, @PathVariable String rest) {
    return id + " " + rest;
  }

  @GetMapping("/code/{code:\\d+}")
  int code(@PathVariable int code) {
    return code;
  }

  @GetMapping("/vars/{a}/{b}")
  Map<String, String> vars(@PathVariable Map<String, String> all) {
    return new java.util.TreeMap<>(all);
  }

  @GetMapping("/by-color/{color}")
  String byColor(@PathVariable Color color) {
    return color.name();
  }
}
