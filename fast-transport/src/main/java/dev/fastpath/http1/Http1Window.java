package dev.fastpath.http1;

import static dev.fastpath.http1.Http1Chars.LF;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A copy of the first unread bytes of the cumulation in a reused array, where the parsers validate each
 * line in one pass with plain loops over {@code boolean[256]} tables (and eight bytes at a time over
 * runs of ordinary value and target bytes). Index {@code i} of {@link #bytes}
 * is the byte at {@code readerIndex + i}, so while a head is unconsumed its array indexes are head
 * offsets.
 *
 * <p>Why a copy: reading the cumulation byte by byte through the {@code ByteBuf} API costs a bounds and
 * liveness check (or a {@code ByteProcessor} call) per byte, and a bulk read of a pooled direct buffer
 * without {@code Unsafe} (the JDK 25 default) duplicates a {@code ByteBuffer} per call; in the JMH
 * profile those were the decoder's largest costs. So bytes are copied in growing blocks (at least
 * {@value #MIN_FILL}), each once, and the window follows the reader index: {@link #sync} drops what was
 * consumed and keeps the rest, and starts over when the cumulation was replaced. The retained request
 * buffers are unaffected: this array is per-connection scratch, never handed out.
 */
final class Http1Window {

  /** The line is not complete yet, and may still end within its bound. */
  static final int NEED_MORE = -1;
  /** The line cannot end within its bound: it is too long. */
  static final int TOO_LONG = -2;

  static final int MIN_FILL = 256;
  private static final int INITIAL_CAPACITY = 1024;
  /** An emptied window larger than this goes back to the initial size, so idle connections stay small. */
  private static final int RETAINED_CAPACITY = 8 * 1024;

  /** An array of length 0 while the array is given back to a {@link Http1ScratchPool}. */
  static final byte[] LENT = new byte[0];

  byte[] bytes = new byte[INITIAL_CAPACITY];
  /** Number of valid bytes in {@link #bytes}. */
  int filled;
  /** The cumulation mirrored; compared by identity, never read outside {@link #sync}/{@link #ensure}. */
  private @Nullable ByteBuf buffer;
  /** The reader index of {@link #buffer} that {@code bytes[0]} mirrors. */
  private int base;

  /** Aligns index 0 with the reader index of {@code in}: keeps the bytes still unread, drops the rest. */
  void sync(ByteBuf in) {
    int readerIndex = in.readerIndex();
    if (in != this.buffer) {
      this.buffer = in;
      this.filled = 0;
    } else if (readerIndex != this.base) {
      int consumed = readerIndex - this.base;
      if (consumed > 0 && consumed < this.filled) {
        System.arraycopy(this.bytes, consumed, this.bytes, 0, this.filled - consumed);
        this.filled -= consumed;
      } else {
        this.filled = 0;
      }
    }
    this.base = readerIndex;
    if (this.filled == 0 && this.bytes.length > RETAINED_CAPACITY) {
      this.bytes = new byte[INITIAL_CAPACITY];
    }
    assert this.filled <= in.readableBytes()
        && (this.filled == 0 || in.getByte(readerIndex + this.filled - 1) == this.bytes[this.filled - 1])
        : "window out of step with the cumulation";
  }

  static byte[] newBytes() {
    return new byte[INITIAL_CAPACITY];
  }

  /** Whether a pool should keep {@code bytes}: not when a long head made it large. */
  static boolean retainable(byte[] bytes) {
    return bytes.length <= RETAINED_CAPACITY;
  }

  /** Forgets the mirrored buffer (it may be released and its object reused). */
  void clear() {
    this.buffer = null;
    this.filled = 0;
  }

  /**
   * Copies more of the cumulation so that at least {@code count} bytes are available, if it has them.
   *
   * @return the number of bytes available now
   */
  int ensure(ByteBuf in, int count) {
    if (count <= this.filled) {
      return this.filled;
    }
    int readable = in.readableBytes();
    if (this.filled >= readable) {
      return this.filled;
    }
    int target = Math.min(readable, Math.max(count, Math.max(this.filled * 2, this.filled + MIN_FILL)));
    if (target > this.bytes.length) {
      this.bytes = Arrays.copyOf(this.bytes, Math.max(target, this.bytes.length * 2));
    }
    in.getBytes(this.base + this.filled, this.bytes, this.filled, target - this.filled);
    this.filled = target;
    return target;
  }

  /**
   * Skips the bytes from index {@code from} that are in {@code table}, copying more of the cumulation
   * as needed.
   *
   * @param bound exclusive bound: reaching it means the line is too long
   * @return the index of the first byte outside the class, {@link #NEED_MORE} or {@link #TOO_LONG}
   */
  int skip(ByteBuf in, int from, int bound, boolean[] table) {
    int i = from;
    for (;;) {
      int limit = Math.min(this.filled, bound);
      i = Http1Chars.skip(this.bytes, i, limit, table);
      if (i < limit) {
        return i;
      }
      int more = more(in, i, bound);
      if (more < 0) {
        return more;
      }
    }
  }

  /** {@link #skip} over field-content bytes, eight at a time where possible. */
  int skipFieldContent(ByteBuf in, int from, int bound) {
    int i = from;
    for (;;) {
      int limit = Math.min(this.filled, bound);
      i = Http1Chars.skipFieldContent(this.bytes, i, limit);
      if (i < limit) {
        return i;
      }
      int more = more(in, i, bound);
      if (more < 0) {
        return more;
      }
    }
  }

  /** {@link #skip} over request-line bytes (VCHAR and SP), eight at a time where possible. */
  int skipRequestLineChars(ByteBuf in, int from, int bound) {
    int i = from;
    for (;;) {
      int limit = Math.min(this.filled, bound);
      i = Http1Chars.skipRequestLineChars(this.bytes, i, limit);
      if (i < limit) {
        return i;
      }
      int more = more(in, i, bound);
      if (more < 0) {
        return more;
      }
    }
  }

  /** After a scan stopped at {@code i} for want of bytes: 0 when more were copied, else why not. */
  private int more(ByteBuf in, int i, int bound) {
    if (i >= bound) {
      return TOO_LONG;
    }
    return ensure(in, i + 1) > i ? 0 : NEED_MORE;
  }

  /**
   * Checks for the LF after the CR at index {@code cr}.
   *
   * @return the index after the LF, or {@link #NEED_MORE}
   * @throws Http1DecodeException when the CR is followed by anything else
   */
  int lfAfter(ByteBuf in, int cr) {
    if (ensure(in, cr + 2) < cr + 2) {
      return NEED_MORE;
    }
    if (this.bytes[cr + 1] != LF) {
      throw Http1DecodeException.malformed("Expected LF after CR (RFC 9112 §2.2)", this.bytes, cr, cr + 2);
    }
    return cr + 2;
  }
}
