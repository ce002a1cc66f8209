package dev.fastpath.validation.engine;

import dev.fastpath.validation.Runner;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out {@link ValidationContext}s, shared by every validator with the same runner and limits (so a server
 * with a hundred validated routes still holds one parser per thread, not a hundred).
 *
 * <p>Platform threads (event loops, workers) keep theirs in a {@link ThreadLocal}. Virtual threads borrow from
 * a bounded queue: a validation never blocks, so at most as many contexts are in use at once as there are
 * carrier threads; when the queue is empty a new context is made, and one returned to a full queue is dropped.
 */
final class ContextPool {

  private static final ConcurrentHashMap<String, ContextPool> shared = new ConcurrentHashMap<>();

  private final Runner runner;

  private final int maxBodyBytes;

  private final int maxDepth;

  private final ThreadLocal<ValidationContext> local;

  private final ArrayBlockingQueue<ValidationContext> virtual;

  private ContextPool(Runner runner, int maxBodyBytes, int maxDepth) {
    this.runner = runner;
    this.maxBodyBytes = maxBodyBytes;
    this.maxDepth = maxDepth;
    this.local = ThreadLocal.withInitial(this::newContext);
    this.virtual = new ArrayBlockingQueue<>(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  static ContextPool shared(Runner resolvedRunner, int maxBodyBytes, int maxDepth) {
    return shared.computeIfAbsent(resolvedRunner + "/" + maxBodyBytes + "/" + maxDepth,
        key -> new ContextPool(resolvedRunner, maxBodyBytes, maxDepth));
  }

  ValidationContext newContext() {
    return new ValidationContext(this.runner, this.maxBodyBytes, this.maxDepth);
  }

  ValidationContext acquire() {
    ValidationContext context;
    if (Thread.currentThread().isVirtual()) {
      context = this.virtual.poll();
      if (context == null) {
        context = newContext();
      }
    } else {
      context = this.local.get();
      if (context.inUse) {
        context = newContext();
      }
    }
    context.inUse = true;
    return context;
  }

  void release(ValidationContext context) {
    context.inUse = false;
    if (Thread.currentThread().isVirtual()) {
      this.virtual.offer(context);
    }
  }
}
