package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.netty.util.AsciiString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseHeadersTests {

  @Test
  void addsSetsGetsAndRemovesIgnoringCase() {
    ResponseHeaders headers = new ResponseHeaders().add("Vary", "Accept").add("vary", "Origin").add("X-A", "1");
    assertThat(headers.get("VARY")).isEqualTo("Accept");
    assertThat(headers.getAll("Vary")).containsExactly("Accept", "Origin");
    assertThat(headers.size()).isEqualTo(3);
    headers.set("vAry", "Cookie");
    assertThat(headers.getAll("vary")).containsExactly("Cookie");
    assertThat(headers.name(0)).isEqualTo("X-A");
    assertThat(headers.value(1)).isEqualTo("Cookie");
    assertThat(headers.remove("x-a")).isTrue();
    assertThat(headers.remove("x-a")).isFalse();
    assertThat(headers.contains("X-A")).isFalse();
    assertThat(headers.get("missing")).isNull();
    assertThat(headers.getAll("missing")).isEmpty();
    headers.clear();
    assertThat(headers.isEmpty()).isTrue();
  }

  @Test
  void growsBeyondItsInitialCapacityInOrder() {
    ResponseHeaders headers = new ResponseHeaders();
    for (int i = 0; i < 50; i++) {
      headers.add("X-" + i, Integer.toString(i));
    }
    assertThat(headers.size()).isEqualTo(50);
    assertThat(headers.get("x-49")).isEqualTo("49");
    assertThat(headers.indexOf("X-10", 0)).isEqualTo(10);
    assertThat(headers.toString()).startsWith("ResponseHeaders[X-0: 0, X-1: 1");
  }

  @Test
  void storesFrequentNamesAsTheSharedConstants() {
    ResponseHeaders headers = new ResponseHeaders().add("content-TYPE", "a").add(new StringBuilder("Retry-After"), "1")
        .add(AsciiString.of("allow"), "GET").add("Server", "s").add("Date", "d").add("connection", "close")
        .add("Content-Length", "1").add("Transfer-Encoding", "chunked");
    assertThat(headers.name(0)).isSameAs(ResponseHeaders.CONTENT_TYPE);
    assertThat(headers.name(1)).isSameAs(ResponseHeaders.RETRY_AFTER);
    assertThat(headers.name(2)).isSameAs(ResponseHeaders.ALLOW);
    assertThat(headers.name(3)).isSameAs(ResponseHeaders.SERVER);
    assertThat(headers.name(4)).isSameAs(ResponseHeaders.DATE);
    assertThat(headers.name(5)).isSameAs(ResponseHeaders.CONNECTION);
    assertThat(headers.name(6)).isSameAs(ResponseHeaders.CONTENT_LENGTH);
    assertThat(headers.name(7)).isSameAs(ResponseHeaders.TRANSFER_ENCODING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X Y", "X:Y", "X\r\nY", "X\u0000", "(x)", "caf\u00e9", "a/b", "\"q\"", "X\u0100"})
  void refusesNamesThatAreNotTokens(String name) {
    assertThatIllegalArgumentException().isThrownBy(() -> new ResponseHeaders().add(name, "v"))
        .withMessageContaining("Header name")
        .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\r", "\n", "\u0000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nSet-Cookie: x=1", "a\rb", "a\nb", "a\u0000b", "a\u0001", "a\u001fb", "a\u007fb"})
  void refusesValuesWithControlCharactersNamingTheHeader(String value) {
    assertThatIllegalArgumentException().isThrownBy(() -> new ResponseHeaders().add("X-Redirect", value))
        .withMessageContaining("X-Redirect").withMessageContaining("control character");
    assertThatIllegalArgumentException().isThrownBy(() -> new ResponseHeaders().set("X-Redirect", value))
        .withMessageContaining("X-Redirect");
  }

  @Test
  void acceptsTabsObsTextAndWideCharactersInValues() {
    ResponseHeaders headers = new ResponseHeaders().add("X", "a\tb caf\u00e9 \u20ac").add("Empty", "");
    assertThat(headers.get("x")).isEqualTo("a\tb caf\u00e9 \u20ac");
  }
}
