package dev.fastpath.transport;

import io.netty.channel.EventLoop;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * Virtual threads carried by a Netty event loop: the loop is their scheduler, so a continuation runs as
 * one of the loop's tasks. Handing a request to such a thread and its response back costs two task-queue
 * entries on one OS thread instead of a wake-up and a context switch to a carrier of the JDK's pool and
 * back. A handler that blocks on anything the JDK parks a virtual thread for (sockets, locks, sleeps,
 * {@code synchronized} since JDK 24) still frees the loop while it waits; a handler that computes for long,
 * or blocks where the JDK pins the carrier (native frames, file I/O), holds the loop meanwhile.
 *
 * <p>JDK 25 has no public API to give a virtual thread a scheduler. This uses the package-private
 * constructor of {@code java.lang.ThreadBuilders$VirtualThreadBuilder} that takes one (the JDK's own tests
 * use it), which needs {@code java.lang} opened to this code: {@code --add-opens java.base/java.lang=ALL-UNNAMED}
 * on the command line or {@code Add-Opens: java.base/java.lang} in the executable jar's manifest. Without it
 * {@link #unavailableReason()} says why and callers use the JDK's scheduler.
 */
final class LoopCarriedVirtualThreads {

  private static final String BUILDER_CLASS = "java.lang.ThreadBuilders$VirtualThreadBuilder";
  private static final @Nullable MethodHandle NEW_BUILDER;
  private static final @Nullable String UNAVAILABLE_REASON;

  static {
    MethodHandle newBuilder = null;
    String reason = null;
    try {
      Constructor<?> constructor = Class.forName(BUILDER_CLASS).getDeclaredConstructor(Executor.class);
      constructor.setAccessible(true);
      newBuilder = MethodHandles.lookup().unreflectConstructor(constructor)
          .asType(MethodType.methodType(Thread.Builder.OfVirtual.class, Executor.class));
    } catch (ReflectiveOperationException | RuntimeException ex) {
      // InaccessibleObjectException when java.lang is not opened; the others when the JDK changed.
      reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
    NEW_BUILDER = newBuilder;
    UNAVAILABLE_REASON = reason;
  }

  private LoopCarriedVirtualThreads() {
  }

  /** Null when loop-carried virtual threads can be made here, else why not. */
  static @Nullable String unavailableReason() {
    return UNAVAILABLE_REASON;
  }

  /**
   * A factory of virtual threads named {@code name} whose continuations run on {@code loop}. A continuation
   * the loop refuses (it shut down while the thread was parked) finishes on the common pool instead, so no
   * handler is left half-run.
   *
   * @throws IllegalStateException when {@link #unavailableReason()} is not null
   */
  static ThreadFactory factory(EventLoop loop, String name) {
    MethodHandle newBuilder = NEW_BUILDER;
    if (newBuilder == null) {
      throw new IllegalStateException("Loop-carried virtual threads are unavailable: " + UNAVAILABLE_REASON);
    }
    try {
      Thread.Builder.OfVirtual builder = (Thread.Builder.OfVirtual) newBuilder.invokeExact((Executor) new LoopScheduler(loop));
      return builder.name(name).inheritInheritableThreadLocals(false).factory();
    } catch (RuntimeException | Error ex) {
      throw ex;
    } catch (Throwable ex) {
      throw new IllegalStateException("Could not create a virtual thread builder for " + loop, ex);
    }
  }

  /** Schedules continuations on one loop; the common pool takes those the loop no longer accepts. */
  private record LoopScheduler(EventLoop loop) implements Executor {

    @Override
    public void execute(Runnable continuation) {
      try {
        this.loop.execute(continuation);
      } catch (RejectedExecutionException ex) {
        ForkJoinPool.commonPool().execute(continuation);
      }
    }
  }
}
