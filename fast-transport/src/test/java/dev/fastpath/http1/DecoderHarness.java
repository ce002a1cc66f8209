package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds raw bytes to an {@link Http1RequestDecoder} in an {@link EmbeddedChannel} and returns what it
 * emitted: a {@link DecodedRequest} (the request itself is released at once) or the
 * {@link Http1DecodeFailure}. {@link #finish()} checks that nothing is left in the channel.
 */
final class DecoderHarness {

  final EmbeddedChannel channel;
  private final List<Object> emitted = new ArrayList<>();
  /** Every buffer written, to check that the decoder released (or handed over and we released) them. */
  private final List<ByteBuf> written = new ArrayList<>();
  private boolean direct = true;
  private int continues;

  DecoderHarness() {
    this(Http1DecoderConfig.DEFAULT);
  }

  DecoderHarness(Http1DecoderConfig config) {
    this.channel = new EmbeddedChannel(new Http1RequestDecoder(config));
  }

  /** A decoder that borrows its parse scratch from {@code scratch}, as the engine's decoders of one loop do. */
  DecoderHarness(Http1ScratchPool scratch) {
    this.channel = new EmbeddedChannel(new Http1RequestDecoder(Http1DecoderConfig.DEFAULT, scratch));
  }

  /** Feeds heap buffers from now on (the default is pooled direct, like a socket read). */
  DecoderHarness heap() {
    this.direct = false;
    return this;
  }

  DecoderHarness write(String raw) {
    return write(raw.getBytes(StandardCharsets.ISO_8859_1));
  }

  DecoderHarness write(byte[] bytes) {
    ByteBuf buffer = this.direct
        ? ByteBufAllocator.DEFAULT.directBuffer(Math.max(bytes.length, 1))
        : Unpooled.buffer(Math.max(bytes.length, 1));
    buffer.writeBytes(bytes);
    this.written.add(buffer);
    this.channel.writeInbound(buffer);
    drain();
    return this;
  }

  /** Writes one byte per read. */
  DecoderHarness writeByteByByte(String raw) {
    byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
    for (byte b : bytes) {
      write(new byte[] {b});
    }
    return this;
  }

  /** Writes {@code raw} in two reads split before index {@code at}. */
  DecoderHarness writeSplit(String raw, int at) {
    byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
    byte[] first = new byte[at];
    byte[] second = new byte[bytes.length - at];
    System.arraycopy(bytes, 0, first, 0, at);
    System.arraycopy(bytes, at, second, 0, second.length);
    write(first);
    write(second);
    return this;
  }

  private void drain() {
    for (Object message = this.channel.readInbound(); message != null; message = this.channel.readInbound()) {
      if (message instanceof Http1Request request) {
        try {
          this.emitted.add(DecodedRequest.of(request));
        } finally {
          assertThat(request.release()).isTrue();
        }
      } else if (message == Http1ContinueExpected.INSTANCE) {
        this.continues++;
      } else {
        this.emitted.add(message);
      }
    }
  }

  List<Object> emitted() {
    return this.emitted;
  }

  List<DecodedRequest> requests() {
    List<DecodedRequest> requests = new ArrayList<>();
    for (Object message : this.emitted) {
      assertThat(message).isInstanceOf(DecodedRequest.class);
      requests.add((DecodedRequest) message);
    }
    return requests;
  }

  DecodedRequest onlyRequest() {
    assertThat(this.emitted).hasSize(1);
    return requests().get(0);
  }

  Http1DecodeFailure onlyFailure() {
    assertThat(this.emitted).hasSize(1).first().isInstanceOf(Http1DecodeFailure.class);
    return (Http1DecodeFailure) this.emitted.get(0);
  }

  /**
   * How many {@link Http1ContinueExpected} markers the decoder emitted since the last call (the connection
   * answers each with a 100 Continue); they are kept out of {@link #emitted()}.
   */
  int continuesDue() {
    int due = this.continues;
    this.continues = 0;
    return due;
  }

  /**
   * Closes the channel, asserts that no message was left unread in it, and that every buffer written
   * was released: retained slices share their parent's count, so a request or a partial body the
   * decoder failed to release shows here without waiting for the garbage collector.
   */
  void finish() {
    drain();
    assertThat(this.channel.finishAndReleaseAll()).as("messages left in the channel").isFalse();
    assertThat(this.written).as("reference counts of the written buffers").allSatisfy(
        buffer -> assertThat(buffer.refCnt()).isZero());
  }

  /** Decodes {@code raw} written at once and finishes. */
  static List<Object> decode(String raw) {
    return decode(Http1DecoderConfig.DEFAULT, raw);
  }

  static List<Object> decode(Http1DecoderConfig config, String raw) {
    DecoderHarness harness = new DecoderHarness(config).write(raw);
    harness.finish();
    return harness.emitted();
  }
}
