package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keep-alive (RFC 9112 §9.3, §9.6) and {@code Expect: 100-continue} (RFC 9110 §10.1.1). */
@ExtendWith(NettyLeakDetectionExtension.class)
class Http1PersistenceTests {


  @ParameterizedTest(name = "{0} Connection: [{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      "HTTP/1.1 |                       | true",
      "HTTP/1.1 | close                 | false",
      "HTTP/1.1 | Close                 | false",
      "HTTP/1.1 | keep-alive, close     | false",
      "HTTP/1.1 | upgrade ,  CLOSE      | false",
      "HTTP/1.1 | closed                | true",
      "HTTP/1.1 | keep-alive            | true",
      "HTTP/1.0 |                       | false",
      "HTTP/1.0 | keep-alive            | true",
      "HTTP/1.0 | Keep-Alive            | true",
      "HTTP/1.0 | foo,keep-alive        | true",
      "HTTP/1.0 | keep-alive, close     | false",
      "HTTP/1.0 | keep-alives           | false"})
  void decidesPersistenceFromVersionAndConnectionTokens(String version, String connection, boolean keepAlive) {
    String field = connection == null ? "" : "Connection: " + connection + "\r\n";
    List<Object> emitted = DecoderHarness.decode("GET / " + version + "\r\nHost: a\r\n" + field + "\r\n");
    assertThat(((DecodedRequest) emitted.get(0)).keepAlive()).isEqualTo(keepAlive);
  }

  @Test
  void readsConnectionTokensAcrossSeveralLines() {
    List<Object> emitted = DecoderHarness.decode("GET / HTTP/1.0\r\nConnection: foo\r\nConnection: keep-alive\r\n\r\n");
    assertThat(((DecodedRequest) emitted.get(0)).keepAlive()).isTrue();
  }

  @Test
  void servesPipelinedHttp10KeepAliveRequests() {
    String request = "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
    assertThat(DecoderHarness.decode(request + request)).hasSize(2);
  }

  @Test
  void ignoresEverythingAfterARequestThatClosesTheConnection() {
    DecoderHarness harness = new DecoderHarness()
        .write("GET /last HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /after HTTP/1.1\r\nHost: a\r\n\r\n")
        .write("GET /later HTTP/1.1\r\nHost: a\r\n\r\n");
    assertThat(harness.onlyRequest().path()).isEqualTo("/last");
    harness.finish();
    DecoderHarness http10 = new DecoderHarness().write("GET /a HTTP/1.0\r\n\r\nGET /b HTTP/1.0\r\n\r\n");
    assertThat(http10.onlyRequest().path()).isEqualTo("/a");
    http10.finish();
  }

  @Test
  void writesContinueOnceBeforeWaitingForTheBody() {
    DecoderHarness harness = new DecoderHarness()
        .write("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 5\r\n\r\n");
    assertThat(harness.emitted()).isEmpty();
    assertThat(harness.continuesDue()).isEqualTo(1);
    harness.write("hel").write("lo");
    assertThat(harness.continuesDue()).isZero();
    DecodedRequest request = harness.onlyRequest();
    assertThat(request.body()).isEqualTo("hello");
    assertThat(request.expectContinue()).isTrue();
    harness.finish();
  }

  @Test
  void writesContinueForChunkedBody() {
    DecoderHarness harness = new DecoderHarness()
        .write("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n");
    assertThat(harness.continuesDue()).isEqualTo(1);
    harness.write("2\r\nhi\r\n0\r\n\r\n");
    assertThat(harness.onlyRequest().body()).isEqualTo("hi");
    assertThat(harness.continuesDue()).isZero();
    harness.finish();
  }

  @Test
  void writesNoContinueWhenTheBodyArrivedWithTheHead() {
    DecoderHarness harness = new DecoderHarness()
        .write("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhe");
    assertThat(harness.continuesDue()).isZero();
    harness.write("llo");
    assertThat(harness.onlyRequest().body()).isEqualTo("hello");
    harness.finish();
  }

  @Test
  void writesNoContinueWithoutBody() {
    DecoderHarness harness = new DecoderHarness().write("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n");
    assertThat(harness.continuesDue()).isZero();
    assertThat(harness.onlyRequest().expectContinue()).isTrue();
    harness.finish();
  }

  @Test
  void refusesOversizedBodyWithoutContinue() {
    DecoderHarness harness = new DecoderHarness(Http1DecoderConfig.builder().maxBodySize(4).build())
        .write("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    assertThat(harness.onlyFailure().status()).isEqualTo(413);
    assertThat(harness.continuesDue()).isZero();
    harness.finish();
  }

  @Test
  void ignoresExpectInHttp10() {
    DecoderHarness harness = new DecoderHarness()
        .write("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    assertThat(harness.continuesDue()).isZero();
    harness.write("hi");
    DecodedRequest request = harness.onlyRequest();
    assertThat(request.expectContinue()).isFalse();
    harness.finish();
    assertThat(DecoderHarness.decode("GET / HTTP/1.0\r\nExpect: whatever\r\n\r\n").get(0))
        .isInstanceOf(DecodedRequest.class);
  }

  @Test
  void writesContinueForEachPipelinedRequestThatWaits() {
    DecoderHarness harness = new DecoderHarness();
    String head = "PUT / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n";
    harness.write(head);
    assertThat(harness.continuesDue()).isEqualTo(1);
    harness.write("x" + head);
    assertThat(harness.continuesDue()).isEqualTo(1);
    harness.write("y");
    assertThat(harness.requests()).extracting(DecodedRequest::body).containsExactly("x", "y");
    harness.finish();
  }
}
