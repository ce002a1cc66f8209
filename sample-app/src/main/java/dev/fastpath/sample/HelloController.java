package dev.fastpath.sample;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Greets. */
@RestController
class HelloController {

  @GetMapping("/hello")
  String hello() {
    return "Hello from Fastpath!";
  }
}
