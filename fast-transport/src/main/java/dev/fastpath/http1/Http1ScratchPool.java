package dev.fastpath.http1;

import java.util.ArrayDeque;

/**
 * The parse scratch that the request decoders of one event loop share: the window's byte array (a copy of
 * the bytes being parsed) and the head parser's field table. A decoder holds them only while a request
 * head or chunk line is partly parsed, and gives them back when a read leaves nothing pending, so an idle
 * keep-alive connection holds neither (about 1.3 KiB of heap each otherwise; measured with
 * {@code benchmarks/load/idle-connections.sh}). Taking and giving back is two deque operations per read.
 *
 * <p>Not thread-safe: one per event loop, used by the decoders of that loop's channels only.
 *
 * @since 0.2
 */
public final class Http1ScratchPool {

  /** Arrays kept for reuse; more are dropped (a burst of partly parsed heads on many connections). */
  private static final int RETAINED = 64;

  private final ArrayDeque<byte[]> windows = new ArrayDeque<>();
  private final ArrayDeque<int[]> fieldTables = new ArrayDeque<>();

  /** Window arrays waiting to be lent (for tests). */
  int idleWindows() {
    return this.windows.size();
  }

  byte[] takeWindow() {
    byte[] bytes = this.windows.pollFirst();
    return bytes != null ? bytes : Http1Window.newBytes();
  }

  void giveWindow(byte[] bytes) {
    if (this.windows.size() < RETAINED && Http1Window.retainable(bytes)) {
      this.windows.addFirst(bytes);
    }
  }

  int[] takeFields() {
    int[] fields = this.fieldTables.pollFirst();
    return fields != null ? fields : Http1HeadParser.newFields();
  }

  void giveFields(int[] fields) {
    if (this.fieldTables.size() < RETAINED) {
      this.fieldTables.addFirst(fields);
    }
  }
}
