package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Decoders of one loop share their parse scratch: held only while a request is partly parsed. */
@ExtendWith(NettyLeakDetectionExtension.class)
class Http1ScratchPoolTests {

  private final Http1ScratchPool scratch = new Http1ScratchPool();

  @Test
  void aDecoderGivesItsScratchBackOnceNothingIsPartlyParsed() {
    DecoderHarness harness = new DecoderHarness(this.scratch).write("GET /a HTTP/1.1\r\nHo");
    assertThat(this.scratch.idleWindows()).as("held while the head is partial").isZero();
    harness.write("st: a\r\n\r\n");
    assertThat(harness.onlyRequest().path()).isEqualTo("/a");
    assertThat(this.scratch.idleWindows()).as("given back when idle").isEqualTo(1);
    harness.finish();
  }

  @Test
  void connectionsInterleavingPartialRequestsKeepTheirOwnBytes() {
    DecoderHarness first = new DecoderHarness(this.scratch).write("GET /first HTTP/1.1\r\nHost: one\r\nX-A: 1");
    DecoderHarness second = new DecoderHarness(this.scratch)
        .write("POST /second HTTP/1.1\r\nHost: two\r\nContent-Length: 4\r\n\r\nbo");
    DecoderHarness third = new DecoderHarness(this.scratch).write("GET /third HTTP/1.1\r\nHost: three\r\n\r\n");
    assertThat(third.onlyRequest().path()).isEqualTo("/third");
    // The third connection's array is free again and may be lent to anyone; the others still hold theirs.
    DecoderHarness fourth = new DecoderHarness(this.scratch).write("GET /fourth HTTP/1.1\r\nHost: four\r\n\r\n");
    assertThat(fourth.onlyRequest().path()).isEqualTo("/fourth");
    first.write("23\r\n\r\n");
    second.write("dy");
    DecodedRequest one = first.onlyRequest();
    assertThat(one.path()).isEqualTo("/first");
    assertThat(one.fields()).contains("Host: one", "X-A: 123");
    DecodedRequest two = second.onlyRequest();
    assertThat(two.path()).isEqualTo("/second");
    assertThat(two.body()).isEqualTo("body");
    assertThat(this.scratch.idleWindows()).isEqualTo(3);
    for (DecoderHarness harness : new DecoderHarness[] {first, second, third, fourth}) {
      harness.finish();
    }
  }

  @Test
  void aClosedConnectionGivesBackWhatItHeld() {
    DecoderHarness harness = new DecoderHarness(this.scratch).write("GET /a HTTP/1.1\r\nHost");
    assertThat(this.scratch.idleWindows()).isZero();
    harness.finish();
    assertThat(this.scratch.idleWindows()).isEqualTo(1);
  }
}
