package dev.fastpath.autoconfigure.web.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.autoconfigure.web.exchange.TestExchanges;
import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.http.HttpMethod;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.json.JsonMapper;

class ArgumentResolversTests {

  enum Size { SMALL, LARGE }

  record Item(String name, int qty) {}

  @SuppressWarnings("unused")
  static class Handler {
    void path(@PathVariable long id, @PathVariable(required = false) String missing) {}

    void params(@RequestParam int count, @RequestParam(defaultValue = "5") int limit, @RequestParam Optional<UUID> id,
        @RequestParam List<Long> ids, @RequestParam(required = false) int primitive, @RequestParam Size size,
        String plain) {}

    void headers(@RequestHeader("X-Token") String token, @RequestHeader HttpHeaders all,
        @RequestHeader Map<String, String> first) {}

    void cookie(@CookieValue("session") String session) {}

    void body(@RequestBody Item item) {}

    void optionalBody(@RequestBody(required = false) Item item) {}

    void text(@RequestBody String text) {}
  }

  private final ArgumentResolvers resolvers = new ArgumentResolvers(
      new WebConversionService(new DateTimeFormatters()), JsonMapper.builder().build(), null, null);

  @Test
  void pathVariablesConvertAndFailAsSpring() throws Exception {
    assertThat(resolve("path", 0, TestExchanges.request(HttpMethod.GET, "/x").variable("id", "42"))).isEqualTo(42L);
    assertThatThrownBy(() -> resolve("path", 0, TestExchanges.request(HttpMethod.GET, "/x").variable("id", "4x")))
        .isInstanceOf(MethodArgumentTypeMismatchException.class)
        .hasMessage("Method parameter 'id': Failed to convert value of type 'java.lang.String' to required type "
            + "'long'; For input string: \"4x\"");
    assertThatThrownBy(() -> resolve("path", 0, TestExchanges.request(HttpMethod.GET, "/x")))
        .isInstanceOf(MissingPathVariableException.class);
    assertThat(resolve("path", 1, TestExchanges.request(HttpMethod.GET, "/x"))).isNull();
  }

  @Test
  void requestParametersFollowSpringsNamedValueRules() throws Exception {
    assertThat(resolve("params", 0, TestExchanges.request(HttpMethod.GET, "/x?count=7"))).isEqualTo(7);
    assertThatThrownBy(() -> resolve("params", 0, TestExchanges.request(HttpMethod.GET, "/x")))
        .isInstanceOf(MissingServletRequestParameterException.class)
        .hasMessage("Required request parameter 'count' for method parameter type int is not present");
    // Spring's type converter falls back to its number editor for primitives, which rejects ""
    assertThatThrownBy(() -> resolve("params", 0, TestExchanges.request(HttpMethod.GET, "/x?count=")))
        .isInstanceOf(MethodArgumentTypeMismatchException.class).hasMessageEndingWith("For input string: \"\"");
    assertThatThrownBy(() -> resolve("params", 2, TestExchanges.request(HttpMethod.GET, "/x?id=nope")))
        .isInstanceOf(MethodArgumentTypeMismatchException.class);
    assertThat(resolve("params", 1, TestExchanges.request(HttpMethod.GET, "/x"))).isEqualTo(5);
    assertThat(resolve("params", 1, TestExchanges.request(HttpMethod.GET, "/x?limit="))).isEqualTo(5);
    assertThat(resolve("params", 1, TestExchanges.request(HttpMethod.GET, "/x?limit=0x10"))).isEqualTo(16);
    assertThat(resolve("params", 2, TestExchanges.request(HttpMethod.GET, "/x"))).isEqualTo(Optional.empty());
    assertThat(resolve("params", 3, TestExchanges.request(HttpMethod.GET, "/x?ids=1&ids=2"))).isEqualTo(List.of(1L, 2L));
    assertThat(resolve("params", 3, TestExchanges.request(HttpMethod.GET, "/x?ids=3,4"))).isEqualTo(List.of(3L, 4L));
    assertThatThrownBy(() -> resolve("params", 4, TestExchanges.request(HttpMethod.GET, "/x")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("primitive type");
    assertThat(resolve("params", 5, TestExchanges.request(HttpMethod.GET, "/x?size=LARGE"))).isEqualTo(Size.LARGE);
    assertThatThrownBy(() -> resolve("params", 5, TestExchanges.request(HttpMethod.GET, "/x?size=huge")))
        .isInstanceOf(MethodArgumentTypeMismatchException.class);
    assertThat(resolve("params", 6, TestExchanges.request(HttpMethod.GET, "/x"))).isNull();
    assertThat(resolve("params", 6, TestExchanges.request(HttpMethod.GET, "/x?plain=p"))).isEqualTo("p");
  }

  @Test
  void formBodiesAreRequestParameters() throws Exception {
    TestExchanges.Request request = TestExchanges.request(HttpMethod.POST, "/x")
        .header("Content-Type", "application/x-www-form-urlencoded").body("count=3&other=a+b");
    assertThat(resolve("params", 0, request)).isEqualTo(3);
  }

  @Test
  void headersAndCookies() throws Exception {
    TestExchanges.Request request = TestExchanges.request(HttpMethod.GET, "/x").header("X-Token", "t1")
        .header("x-other", "o").header("Cookie", "a=1; session=s%201");
    assertThat(resolve("headers", 0, request)).isEqualTo("t1");
    assertThat(((HttpHeaders) resolve("headers", 1, request)).getFirst("X-OTHER")).isEqualTo("o");
    assertThat(resolve("headers", 2, request)).isEqualTo(Map.of("X-Token", "t1", "x-other", "o", "Cookie", "a=1; session=s%201"));
    assertThat(resolve("cookie", 0, request)).isEqualTo("s 1");
    assertThatThrownBy(() -> resolve("headers", 0, TestExchanges.request(HttpMethod.GET, "/x")))
        .isInstanceOf(MissingRequestHeaderException.class)
        .hasMessage("Required request header 'X-Token' for method parameter type String is not present");
    assertThatThrownBy(() -> resolve("cookie", 0, TestExchanges.request(HttpMethod.GET, "/x")))
        .isInstanceOf(MissingRequestCookieException.class);
  }

  @Test
  void jsonBodiesBindWithTheJsonMapperAndFailAsSpringsConverter() throws Exception {
    assertThat(resolve("body", 0, TestExchanges.request(HttpMethod.POST, "/x").header("Content-Type", "application/json")
        .body("{\"name\":\"n\",\"qty\":2}"))).isEqualTo(new Item("n", 2));
    assertThatThrownBy(() -> resolve("body", 0, TestExchanges.request(HttpMethod.POST, "/x")
        .header("Content-Type", "application/json").body("{\"name\":")))
        .isInstanceOf(HttpMessageNotReadableException.class).hasMessageStartingWith("JSON parse error: ");
    assertThatThrownBy(() -> resolve("body", 0, TestExchanges.request(HttpMethod.POST, "/x")
        .header("Content-Type", "application/json")))
        .isInstanceOf(HttpMessageNotReadableException.class).hasMessageStartingWith("Required request body is missing: ");
    assertThatThrownBy(() -> resolve("body", 0, TestExchanges.request(HttpMethod.POST, "/x")
        .header("Content-Type", "text/plain").body("{}")))
        .isInstanceOf(HttpMediaTypeNotSupportedException.class)
        .hasMessage("Content-Type 'text/plain;charset=UTF-8' is not supported");
    assertThat(resolve("optionalBody", 0, TestExchanges.request(HttpMethod.POST, "/x"))).isNull();
    assertThat(resolve("text", 0, TestExchanges.request(HttpMethod.POST, "/x").header("Content-Type", "text/plain")
        .body("plain"))).isEqualTo("plain");
  }

  private Object resolve(String methodName, int index, TestExchanges.Request request) throws Exception {
    Method method = null;
    for (Method candidate : Handler.class.getDeclaredMethods()) {
      if (candidate.getName().equals(methodName)) {
        method = candidate;
      }
    }
    ArgumentResolver resolver = this.resolvers.resolverFor(SynthesizingMethodParameter.forExecutable(method, index),
        Set.of());
    WebExchange exchange = request.exchange(new TestExchanges.Response());
    return resolver.resolve(exchange);
  }
}
