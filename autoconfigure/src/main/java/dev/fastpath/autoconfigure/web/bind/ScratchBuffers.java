package dev.fastpath.autoconfigure.web.bind;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small, bounded, lock-free pool of byte arrays for copying request bodies before validation, so that
 * a validated request does not allocate an array of its body's size. A pool and not a {@code ThreadLocal}:
 * offloaded handlers run on a new virtual thread per request, where a thread-local array would be made
 * (and dropped) every time. A validation never blocks, so about one array per carrier thread or event
 * loop is in use at once; when every slot is empty a new array is made, and an array returned to a full
 * pool (or larger than {@link #MAX_POOLED} bytes) is left to the garbage collector.
 *
 * @since 0.1
 */
final class ScratchBuffers {

  /** Larger bodies get an array of their own: the pool must not pin big arrays for the server's lifetime. */
  static final int MAX_POOLED = 64 * 1024;

  /** The pool every validated body shares. */
  static final ScratchBuffers SHARED = new ScratchBuffers(2 * Runtime.getRuntime().availableProcessors());

  private final AtomicReferenceArray<byte[]> slots;

  ScratchBuffers(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1: " + slots);
    }
    this.slots = new AtomicReferenceArray<>(slots);
  }

  /** An array of at least {@code length} bytes, owned by the caller until {@link #release}. */
  byte[] acquire(int length) {
    if (length <= MAX_POOLED) {
      int start = start();
      for (int i = 0; i < this.slots.length(); i++) {
        int index = (start + i) % this.slots.length();
        byte[] array = this.slots.get(index);
        if (array != null && array.length >= length && this.slots.compareAndSet(index, array, null)) {
          return array;
        }
      }
    }
    // Round up so that an array grown once serves the next slightly larger body too.
    return new byte[length <= MAX_POOLED ? Math.min(MAX_POOLED, Math.max(1024, Integer.highestOneBit(length) << 1))
        : length];
  }

  /** Returns an array taken with {@link #acquire}; the caller must not use it afterwards. */
  void release(byte[] array) {
    if (array.length > MAX_POOLED) {
      return;
    }
    int start = start();
    for (int i = 0; i < this.slots.length(); i++) {
      int index = (start + i) % this.slots.length();
      if (this.slots.get(index) == null && this.slots.compareAndSet(index, null, array)) {
        return;
      }
    }
  }

  /** Threads start their search at different slots, so that they rarely contend for one. */
  private int start() {
    return (int) (Thread.currentThread().threadId() % this.slots.length());
  }
}
