package dev.fastpath.autoconfigure.web.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.autoconfigure.web.exchange.TestExchanges;
import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.http.HttpMethod;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import tools.jackson.databind.json.JsonMapper;

class BodyWriterTests {

  private final BodyWriter writer = new BodyWriter(
      JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build());

  @Test
  void stringsAreTextPlainUtf8ByDefaultAndRawJsonWhenJsonIsAccepted() throws Exception {
    TestExchanges.Response response = write("hello", null);
    assertThat(response.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
    assertThat(response.body()).isEqualTo("hello");

    response = write("hello", "application/json");
    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    assertThat(response.body()).isEqualTo("hello");
  }

  @Test
  void objectsAreJsonAndNotAcceptableAsText() throws Exception {
    TestExchanges.Response response = write(Map.of("a", List.of(1)), null);
    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    assertThat(response.body()).isEqualTo("{\"a\":[1]}");
    assertThatThrownBy(() -> write(Map.of("a", 1), "text/plain")).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
  }

  @Test
  void bytesAreOctetStream() throws Exception {
    assertThat(write(new byte[] {65}, null).header("Content-Type")).isEqualTo("application/octet-stream");
  }

  @Test
  void problemDetailsFallBackToProblemJson() throws Exception {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "bad");
    TestExchanges.Response response = write(detail, "application/json");
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.body()).contains("\"detail\":\"bad\"");
  }

  @Test
  void mostSpecificAcceptableTypeWinsAndQualityIsDropped() throws Exception {
    assertThat(write("x", "text/*;q=0.5, application/json;q=0.9").header("Content-Type"))
        .isEqualTo("application/json");
    assertThat(write("x", "text/*").header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
  }

  @Test
  void declaredProducesTypesLimitTheChoice() throws Exception {
    TestExchanges.Response response = new TestExchanges.Response();
    WebExchange exchange = TestExchanges.request(HttpMethod.GET, "/x").exchange(response);
    exchange.producibleTypes(Set.of(MediaType.TEXT_PLAIN));
    assertThatThrownBy(() -> this.writer.write(exchange, 200, null, Map.of("a", 1), null))
        .isInstanceOf(HttpMessageNotWritableException.class);
  }

  @Test
  void presetContentTypeIsKept() throws Exception {
    TestExchanges.Response response = new TestExchanges.Response();
    WebExchange exchange = TestExchanges.request(HttpMethod.GET, "/x").exchange(response);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    this.writer.write(exchange, 201, headers, "{\"raw\":1}", null);
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    assertThat(response.body()).isEqualTo("{\"raw\":1}");
  }

  private TestExchanges.Response write(Object body, String accept) throws Exception {
    TestExchanges.Request request = TestExchanges.request(HttpMethod.GET, "/x");
    if (accept != null) {
      request.header("Accept", accept);
    }
    TestExchanges.Response response = new TestExchanges.Response();
    this.writer.write(request.exchange(response), 200, null, body, null);
    return response;
  }
}
