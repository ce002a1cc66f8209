package dev.fastpath.validation.dto;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * Hands out {@link DtoWalk}s, shared by every compiled DTO: platform threads (event loops, workers) keep one in a
 * {@link ThreadLocal}; virtual threads borrow from a bounded queue (a walk never blocks, so at most as many are in
 * use at once as there are carrier threads), making a new one when it is empty.
 */
final class WalkPool {

  static final WalkPool SHARED = new WalkPool();

  private final ThreadLocal<DtoWalk> local = ThreadLocal.withInitial(DtoWalk::new);

  private final ArrayBlockingQueue<DtoWalk> virtual =
      new ArrayBlockingQueue<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

  private WalkPool() {
  }

  DtoWalk acquire() {
    DtoWalk walk;
    if (Thread.currentThread().isVirtual()) {
      walk = this.virtual.poll();
      if (walk == null) {
        walk = new DtoWalk();
      }
    } else {
      walk = this.local.get();
      if (walk.inUse) {
        walk = new DtoWalk();
      }
    }
    walk.inUse = true;
    return walk;
  }

  void release(DtoWalk walk) {
    walk.inUse = false;
    if (Thread.currentThread().isVirtual()) {
      this.virtual.offer(walk);
    }
  }
}
