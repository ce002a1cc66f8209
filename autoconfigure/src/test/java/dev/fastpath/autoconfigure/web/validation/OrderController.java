package dev.fastpath.autoconfigure.web.validation;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A controller with a validated body. */
@RestController
public class OrderController {

  @PostMapping("/orders")
  @ResponseStatus(HttpStatus.CREATED)
  String create(@Valid @RequestBody Order order) {
    return "created for " + order.getCustomerId();
  }

  @PostMapping("/signups")
  Signup signUp(@Valid @RequestBody Signup signup) {
    return signup;
  }
}
