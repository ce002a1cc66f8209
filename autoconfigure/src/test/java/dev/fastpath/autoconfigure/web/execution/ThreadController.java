package dev.fastpath.autoconfigure.web.execution;

import dev.fastpath.autoconfigure.web.NonBlocking;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports the thread each kind of handler runs on. */
@RestController
public class ThreadController {

  @GetMapping("/thread/blocking")
  Map<String, Object> blocking() {
    return describe();
  }

  @NonBlocking
  @GetMapping("/thread/non-blocking")
  Map<String, Object> nonBlocking() {
    return describe();
  }

  @GetMapping("/thread/future")
  CompletableFuture<Map<String, Object>> future() {
    return CompletableFuture.completedFuture(describe());
  }

  private static Map<String, Object> describe() {
    return Map.of("virtual", Thread.currentThread().isVirtual());
  }
}
