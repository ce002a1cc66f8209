package dev.fastpath.autoconfigure.web;

import static dev.fastpath.autoconfigure.web.DifferentialCase.get;
import static dev.fastpath.autoconfigure.web.DifferentialCase.json;
import static dev.fastpath.autoconfigure.web.DifferentialCase.request;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fastpath.autoconfigure.web.sample.SampleServers;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same controllers on Spring MVC + Tomcat and on Fastpath, Boot's default error settings: every
 * case must answer with the same status, content type and (structurally compared) body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class SpringMvcDifferentialTests {


  private ConfigurableApplicationContext mvc;
  private ConfigurableApplicationContext fastpath;

  /** The application properties both servers run with. */
  protected String[] properties() {
    return new String[0];
  }

  /**
   * A case whose answer differs in a way documented in {@code docs/controllers.md}; it is reported as
   * skipped, not hidden.
   */
  protected boolean knownDifference(DifferentialCase testCase) {
    return false;
  }

  @BeforeAll
  void start() {
    this.mvc = SampleServers.springMvc(properties());
    this.fastpath = SampleServers.fastpath(properties());
  }

  @AfterAll
  void stop() {
    if (this.fastpath != null) {
      this.fastpath.close();
    }
    if (this.mvc != null) {
      this.mvc.close();
    }
  }

  static Stream<DifferentialCase> cases() {
    return Stream.of(
        get("/api/hello"),
        get("/api/hello", "Accept", "application/json"),
        get("/api/hello", "Accept", "text/*"),
        get("/api/hello", "Accept", "image/png"),
        get("/api/hello", "Accept", "not a media type"),
        get("/api/bytes"),
        get("/api/bytes", "Accept", "application/json"),
        get("/api/item"),
        get("/api/item", "Accept", "application/json"),
        get("/api/item", "Accept", "text/plain"),
        get("/api/item", "Accept", "text/html"),
        get("/api/item", "Accept", "application/*"),
        get("/api/items"),
        get("/api/map"),
        get("/api/nothing"),
        get("/api/void"),
        json("POST", "/api/created", "{\"name\":\"n\",\"qty\":3,\"tags\":[\"t\"]}"),
        get("/api/entity"),
        get("/api/entity?status=202"),
        get("/api/entity?status=abc"),
        request("DELETE", "/api/items", null),
        json("PUT", "/api/items", "{\"name\":\"p\",\"qty\":1,\"tags\":[]}"),
        json("PATCH", "/api/items", "{\"a\":1}"),
        get("/api/query?name=x"),
        get("/api/query?name=x&count=5&id=7&flag=true"),
        get("/api/query?name=x&count=&id="),
        get("/api/query"),
        get("/api/query?name=x&count=abc"),
        get("/api/query?name=x&count=99999999999"),
        get("/api/query?name=x&id=1.5"),
        get("/api/query?name=x&flag=yes"),
        get("/api/query?name=x&flag=maybe"),
        get("/api/query?name=x&count=010"),
        get("/api/query?name=a+b%20c"),
        get("/api/int?value="),
        get("/api/int?value=3&boxed="),
        get("/api/int?value=3&boxed=x"),
        get("/api/int?value=%2012%20"),
        get("/api/int"),
        get("/api/plain-param"),
        get("/api/plain-param?word=hi"),
        get("/api/multi?ids=1&ids=2&ids=3"),
        get("/api/multi?ids=1,2,3"),
        get("/api/multi?ids=1&ids=x"),
        get("/api/multi"),
        get("/api/array?values=a&values=b"),
        get("/api/array?values=a,b,c"),
        get("/api/enum?color=RED"),
        get("/api/enum?color=red"),
        get("/api/enum?color=BLUE"),
        get("/api/uuid?id=123e4567-e89b-12d3-a456-426614174000"),
        get("/api/uuid?id=nope"),
        get("/api/date?day=2024-02-28"),
        get("/api/date?day=yesterday"),
        get("/api/all-params?a=1&b=2&a=3"),
        get("/api/header", "X-Token", "abc"),
        get("/api/header"),
        get("/api/header-int", "X-Count", "21"),
        get("/api/header-int", "X-Count", "many"),
        get("/api/header-optional"),
        get("/api/header-optional", "X-Opt", "v"),
        get("/api/http-headers", "X-One", "1"),
        get("/api/cookie", "Cookie", "session=s1; other=o"),
        get("/api/cookie", "Cookie", "other=o"),
        get("/api/cookie"),
        json("POST", "/api/echo", "{\"name\":\"e\",\"qty\":1,\"tags\":[\"a\",\"b\"]}"),
        json("POST", "/api/echo", "{\"name\":\"e\",\"qty\":\"lots\",\"tags\":[]}"),
        json("POST", "/api/echo", "{not json"),
        json("POST", "/api/echo", ""),
        request("POST", "/api/echo", "{\"name\":\"e\",\"qty\":1,\"tags\":[]}"),
        request("POST", "/api/echo", "{\"name\":\"e\",\"qty\":1,\"tags\":[]}", "Content-Type", "text/plain"),
        request("POST", "/api/echo", "{\"name\":\"e\"}", "Content-Type", "application/vnd.item+json"),
        request("POST", "/api/echo", "x", "Content-Type", "bad type"),
        json("POST", "/api/echo-list", "[{\"name\":\"a\",\"qty\":1,\"tags\":[]}]"),
        request("POST", "/api/echo-string", "plain text", "Content-Type", "text/plain"),
        json("POST", "/api/echo-string", "{\"k\":1}"),
        request("POST", "/api/echo-string", null),
        request("POST", "/api/echo-bytes", "raw", "Content-Type", "application/octet-stream"),
        request("POST", "/api/optional-body", null),
        json("POST", "/api/optional-body", "{\"name\":\"o\",\"qty\":1,\"tags\":[]}"),
        get("/api/produces-json"),
        get("/api/produces-json", "Accept", "text/plain"),
        get("/api/produces-text"),
        get("/api/produces-text", "Accept", "application/json"),
        json("POST", "/api/consumes", "{\"name\":\"c\",\"qty\":1,\"tags\":[]}"),
        request("POST", "/api/consumes", "x", "Content-Type", "text/plain"),
        get("/api/cond?mode=a"),
        get("/api/cond?mode=b"),
        get("/api/cond?mode=c"),
        get("/api/cond"),
        get("/api/versioned", "X-Version", "2"),
        get("/api/versioned"),
        get("/api/negotiate", "Accept", "application/json"),
        get("/api/negotiate", "Accept", "text/plain"),
        get("/api/negotiate", "Accept", "image/png"),
        get("/api/rse"),
        get("/api/rse-plain"),
        get("/api/teapot"),
        get("/api/boom"),
        get("/api/boom", "Accept", "text/plain"),
        get("/api/boom", "Accept", "text/html"),
        get("/api/boom", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
        get("/api/nothing-here", "Accept", "text/html"),
        get("/api/item", "Accept", "application/xml"),
        get("/api/hello/"),
        get("/api/query?name=x&count=+5"),
        request("POST", "/api/query", "name=formname&count=3", "Content-Type", "application/x-www-form-urlencoded"),
        json("POST", "/api/echo", "{\"name\":\"e\",\"qty\":1,\"tags\":[],\"extra\":true}"),
        json("POST", "/api/echo", "{\"name\":\"e\",\"qty\":null,\"tags\":[]}"),
        json("POST", "/api/echo", "{\"name\":\"e\"}"),
        json("POST", "/api/echo", "[1,2]"),
        request("POST", "/api/echo", "{\"name\":\"\u00e9\",\"qty\":1,\"tags\":[]}", "Content-Type", "application/json;charset=UTF-8"),
        json("POST", "/api/echo", "{\"name\":\"e\",\"qty\":99999999999,\"tags\":[]}"),
        get("/api/local"),
        get("/api/advised"),
        get("/api/unsupported"),
        get("/api/arithmetic"),
        get("/api/problem"),
        get("/api/problem", "Accept", "application/json"),
        get("/api/error-response"),
        get("/api/async"),
        get("/api/async-fail"),
        get("/api/async-entity"),
        get("/api/mono"),
        get("/api/mono-empty"),
        get("/api/mono-error"),
        get("/api/any"),
        request("POST", "/api/any", null),
        request("DELETE", "/api/any", null),
        get("/api/get-or-post"),
        request("POST", "/api/get-or-post", null),
        get("/api/etag"),
        get("/api/etag", "If-None-Match", "\"v1\""),
        get("/api/string-json"),
        get("/api/unknown"),
        get("/nowhere/at/all"),
        request("POST", "/api/hello", null),
        request("PUT", "/api/echo", "{}", "Content-Type", "application/json"),
        request("OPTIONS", "/api/hello", null),
        request("OPTIONS", "/api/get-or-post", null),
        request("OPTIONS", "/api/any", null),
        request("HEAD", "/api/hello", null),
        request("HEAD", "/api/item", null),
        get("/users/42").templated(),
        get("/users/abc").templated(),
        get("/users/7/orders/123e4567-e89b-12d3-a456-426614174000").templated(),
        get("/users/7/orders/x").templated(),
        get("/users/by-color/GREEN").templated(),
        get("/users/by-color/PINK").templated(),
        get("/users/a%20b/profile").templated(),
        get("/users/12/tags/x/y/z").templated(),
        get("/users/code/123").templated(),
        get("/users/code/12a").templated(),
        get("/users/code").templated(),
        request("DELETE", "/users/42", null).templated(),
        request("OPTIONS", "/users/42", null).templated(),
        get("/users/vars/1/2").templated(),
        get("/users/42?verbose=true").templated());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsSpringMvc(DifferentialCase testCase) throws Exception {
    assumeTrue(testCase.supported(), "the engine on this branch does not support " + testCase.requires() + " yet");
    assumeTrue(!knownDifference(testCase), "known, documented difference");
    DifferentialSupport.assertSameAnswer(testCase, SampleServers.port(this.mvc), SampleServers.port(this.fastpath));
  }
}
