package dev.fastpath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.fastpath.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RouterTests {

  static Router router(String... routes) {
    Router.Builder builder = Router.builder();
    for (String line : routes) {
      String[] parts = line.split(" ", 2);
      builder.add(new Route(HttpMethod.valueOf(parts[0]), parts[1], (request, response) -> { },
          ExecutionMode.EVENT_LOOP, "handler for " + line));
    }
    return builder.build();
  }

  static RouteMatch find(Router router, String request) {
    String[] parts = request.split(" ", 2);
    RouteMatch match = new RouteMatch();
    router.find(HttpMethod.valueOf(parts[0]), parts[1], match);
    return match;
  }

  static String template(RouteMatch match) {
    assertThat(match.outcome()).isEqualTo(RouteMatch.Outcome.FOUND);
    return match.route().template();
  }

  @Test
  void matchesLiteralPathsExactly() {
    Router router = router("GET /hello", "GET /hello/world", "GET /");
    assertThat(template(find(router, "GET /hello"))).isEqualTo("/hello");
    assertThat(template(find(router, "GET /hello/world"))).isEqualTo("/hello/world");
    assertThat(template(find(router, "GET /"))).isEqualTo("/");
    assertThat(find(router, "GET /hello/").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /hell").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /hello//world").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET //hello").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /Hello").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
  }

  @Test
  void capturesOneNonEmptySegment() {
    Router router = router("GET /users/{id}", "GET /users/{id}/orders/{orderId}");
    RouteMatch match = find(router, "GET /users/42");
    assertThat(template(match)).isEqualTo("/users/{id}");
    assertThat(match.variableCount()).isEqualTo(1);
    assertThat(match.variableName(0)).isEqualTo("id");
    assertThat(match.variableValue(0)).isEqualTo("42");
    assertThat(match.variables()).containsExactly(entry("id", "42"));
    assertThat(find(router, "GET /users/7/orders/9").variables()).containsExactly(entry("id", "7"), entry("orderId", "9"));
    assertThat(find(router, "GET /users/").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /users").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /users/42/").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /users//orders/9").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
  }

  @Test
  void reportsVariableOffsetsIntoThePathBytes() {
    Router router = router("GET /users/{id}/files/{name}.{ext}");
    byte[] path = "xx/users/abc/files/a.b.txt?q".getBytes(StandardCharsets.US_ASCII);
    RouteMatch match = new RouteMatch();
    assertThat(router.find(HttpMethod.GET, path, 2, path.length - 4, match)).isTrue();
    assertThat(new String(path, match.variableStart(0), match.variableEnd(0) - match.variableStart(0))).isEqualTo("abc");
    assertThat(match.variableStart(1)).isEqualTo(19);
    assertThat(match.variableValue(1)).isEqualTo("a.b");
    assertThat(match.variableValue(2)).isEqualTo("txt");
    assertThat(match.variableValue("ext")).isEqualTo("txt");
    assertThat(match.variableValue("nope")).isNull();
  }

  @Test
  void matchesRegexCapturesAgainstTheWholeSegment() {
    Router router = router("GET /items/{id:\\d+}", "GET /items/{slug:[a-z-]+}", "GET /items/{other}");
    assertThat(template(find(router, "GET /items/123"))).isEqualTo("/items/{id:\\d+}");
    assertThat(template(find(router, "GET /items/a-b"))).isEqualTo("/items/{slug:[a-z-]+}");
    assertThat(template(find(router, "GET /items/12a"))).isEqualTo("/items/{other}");
  }

  @Test
  void matchesSeveralCapturesAndLiteralsInOneSegment() {
    Router router = router("GET /files/{name}.{ext}", "GET /v{version}/x", "GET /img/{w:\\d+}x{h:\\d+}.png");
    RouteMatch file = find(router, "GET /files/report.final.pdf");
    assertThat(file.variables()).containsExactly(entry("name", "report.final"), entry("ext", "pdf"));
    assertThat(find(router, "GET /v2/x").variables()).containsExactly(entry("version", "2"));
    assertThat(find(router, "GET /img/640x480.png").variables()).containsExactly(entry("w", "640"), entry("h", "480"));
    assertThat(find(router, "GET /img/640xy.png").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /files/noext").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
  }

  @Test
  void matchesSingleCharacterAndSegmentWildcards() {
    Router router = router("GET /t?st", "GET /static/*.png", "GET /any/*", "GET /mid/*/end");
    assertThat(template(find(router, "GET /test"))).isEqualTo("/t?st");
    assertThat(find(router, "GET /toast").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(template(find(router, "GET /static/logo.png"))).isEqualTo("/static/*.png");
    assertThat(template(find(router, "GET /static/.png"))).isEqualTo("/static/*.png");
    assertThat(template(find(router, "GET /any/thing"))).isEqualTo("/any/*");
    // As in Spring: a trailing "*" also matches an empty last segment.
    assertThat(template(find(router, "GET /any/"))).isEqualTo("/any/*");
    assertThat(find(router, "GET /any").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /any/a/b").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(template(find(router, "GET /mid/x/end"))).isEqualTo("/mid/*/end");
    assertThat(find(router, "GET /mid//end").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
  }

  @Test
  void capturesTheRestOfThePath() {
    Router router = router("GET /files/{*path}", "GET /static/**");
    assertThat(find(router, "GET /files/a/b").variables()).containsExactly(entry("path", "/a/b"));
    assertThat(find(router, "GET /files").variables()).containsExactly(entry("path", ""));
    assertThat(find(router, "GET /files/").variables()).containsExactly(entry("path", "/"));
    assertThat(find(router, "GET /files/a;v=1/b%20c").variables()).containsExactly(entry("path", "/a/b c"));
    assertThat(find(router, "GET /filesx").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(template(find(router, "GET /static"))).isEqualTo("/static/**");
    assertThat(template(find(router, "GET /static/css/site.css"))).isEqualTo("/static/**");
  }

  @Test
  void matchesMultiSegmentWildcardsAtTheStart() {
    Router router = router("GET /**/index.html", "GET /{*prefix}/meta/{name}");
    assertThat(template(find(router, "GET /index.html"))).isEqualTo("/**/index.html");
    assertThat(template(find(router, "GET /a/b/index.html"))).isEqualTo("/**/index.html");
    assertThat(find(router, "GET /a/b/meta/x").variables()).containsExactly(entry("prefix", "/a/b"), entry("name", "x"));
    assertThat(find(router, "GET /meta/x").variables()).containsExactly(entry("prefix", ""), entry("name", "x"));
    assertThat(find(router, "GET /a/index.htm").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
  }

  @Test
  void decodesSegmentsForMatchingAndCapturedValues() {
    Router router = router("GET /users/{name}", "GET /files/{file}", "GET /caf\u00e9/menu");
    assertThat(find(router, "GET /users/John%20Doe").variableValue(0)).isEqualTo("John Doe");
    assertThat(find(router, "GET /users/a%2Fb").variableValue(0)).isEqualTo("a/b");
    assertThat(find(router, "GET /users/%C3%A9t%C3%A9").variableValue(0)).isEqualTo("\u00e9t\u00e9");
    assertThat(find(router, "GET /users/x+y").variableValue(0)).isEqualTo("x+y");
    assertThat(template(find(router, "GET /us%65rs/bob"))).isEqualTo("/users/{name}");
    assertThat(template(find(router, "GET /caf%C3%A9/menu"))).isEqualTo("/caf\u00e9/menu");
    assertThat(template(find(router, "GET /caf\u00e9/menu"))).isEqualTo("/caf\u00e9/menu");
  }

  @Test
  void mapsCapturesOfEncodedMixedSegmentsBackToRawOffsets() {
    Router router = router("GET /files/{name}.{ext}");
    String raw = "/files/a%2Eb%C3%A9.t%78t;v=2";
    RouteMatch match = find(router, "GET " + raw);
    assertThat(match.variables()).containsExactly(entry("name", "a.b\u00e9"), entry("ext", "txt"));
    assertThat(raw.substring(match.variableStart(0), match.variableEnd(0))).isEqualTo("a%2Eb%C3%A9");
    assertThat(raw.substring(match.variableStart(1), match.variableEnd(1))).isEqualTo("t%78t");
  }

  @Test
  void ignoresPathParametersForMatching() {
    Router router = router("GET /users/{id}", "GET /login");
    RouteMatch match = find(router, "GET /users/42;jsessionid=ABC");
    assertThat(match.variableValue(0)).isEqualTo("42");
    assertThat(new String("/users/42;jsessionid=ABC".getBytes(StandardCharsets.US_ASCII), match.variableStart(0),
        match.variableEnd(0) - match.variableStart(0), StandardCharsets.US_ASCII)).isEqualTo("42");
    assertThat(template(find(router, "GET /login;jsessionid=ABC"))).isEqualTo("/login");
    assertThat(find(router, "GET /users/;jsessionid=ABC").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "GET /users/a%3Bb").variableValue(0)).isEqualTo("a;b");
  }

  @Test
  void rejectsMalformedPercentEncodingWith400() {
    Router router = router("GET /users/{name}");
    for (String path : new String[] {"/users/%zz", "/users/%4", "/users/%", "/%g1/x"}) {
      assertThatExceptionOfType(InvalidPathEncodingException.class)
          .isThrownBy(() -> router.find(HttpMethod.GET, path, new RouteMatch()))
          .satisfies(ex -> assertThat(ex.status()).isEqualTo(400))
          .satisfies(ex -> assertThat(ex.safeMessage()).isTrue());
    }
  }

  @Test
  void prefersTheMostSpecificTemplateLikeSpring() {
    Router router = router("GET /users/new", "GET /users/{id}", "GET /users/*", "GET /users/**", "GET /{*all}",
        "GET /{a}/b/c", "GET /x/{b}/{c}");
    assertThat(template(find(router, "GET /users/new"))).isEqualTo("/users/new");
    assertThat(template(find(router, "GET /users/7"))).isEqualTo("/users/{id}");
    assertThat(template(find(router, "GET /users/7/x"))).isEqualTo("/users/**");
    assertThat(template(find(router, "GET /elsewhere"))).isEqualTo("/{*all}");
    // Spring counts captures over the whole template: one capture beats two, wherever they are.
    assertThat(template(find(router, "GET /x/b/c"))).isEqualTo("/{a}/b/c");
    assertThat(template(find(router, "GET /x/y/z"))).isEqualTo("/x/{b}/{c}");
  }

  @Test
  void backtracksWhenTheMoreSpecificBranchHasNoRouteForTheMethod() {
    Router router = router("GET /users/{id}", "POST /users/new", "GET /users/{id}/posts", "DELETE /users/new/posts");
    assertThat(template(find(router, "GET /users/new"))).isEqualTo("/users/{id}");
    assertThat(find(router, "GET /users/new").variableValue(0)).isEqualTo("new");
    assertThat(template(find(router, "POST /users/new"))).isEqualTo("/users/new");
    assertThat(template(find(router, "GET /users/new/posts"))).isEqualTo("/users/{id}/posts");
  }

  @Test
  void answersMethodNotAllowedWithTheMethodsOfAllMatchingTemplates() {
    Router router = router("GET /users/{id}", "DELETE /users/new", "PUT /users/{id}");
    RouteMatch match = find(router, "PATCH /users/new");
    assertThat(match.outcome()).isEqualTo(RouteMatch.Outcome.METHOD_NOT_ALLOWED);
    assertThat(match.route()).isNull();
    assertThat(match.allowedMethods()).containsExactly(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE);
    assertThat(match.allowHeader()).isEqualTo("GET,PUT,DELETE");
    assertThat(find(router, "PATCH /users/7").allowHeader()).isEqualTo("GET,PUT");
    assertThat(find(router, "PATCH /nothing").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(find(router, "PATCH /nothing").allowedMethods()).isEmpty();
  }

  @Test
  void servesHeadWithGetRoutesUnlessAHeadRouteMatches() {
    Router router = router("GET /a", "GET /b/{x}", "HEAD /b/{x:\\d+}", "GET /c/{x}", "HEAD /c/**");
    RouteMatch a = find(router, "HEAD /a");
    assertThat(template(a)).isEqualTo("/a");
    assertThat(a.headFallback()).isTrue();
    assertThat(a.route().method()).isEqualTo(HttpMethod.GET);
    assertThat(find(router, "HEAD /b/1").headFallback()).isFalse();
    assertThat(template(find(router, "HEAD /b/1"))).isEqualTo("/b/{x:\\d+}");
    assertThat(template(find(router, "HEAD /b/x"))).isEqualTo("/b/{x}");
    // Spring MVC ranks an explicit HEAD mapping above a GET one before comparing patterns.
    assertThat(template(find(router, "HEAD /c/1"))).isEqualTo("/c/**");
    assertThat(find(router, "GET /a").headFallback()).isFalse();
    RouteMatch post = find(router, "POST /a");
    assertThat(post.outcome()).isEqualTo(RouteMatch.Outcome.METHOD_NOT_ALLOWED);
    assertThat(post.allowHeader()).isEqualTo("GET");
  }

  @Test
  void answersOptionsAutomaticallyUnlessAnOptionsRouteMatches() {
    Router router = router("GET /a", "POST /a", "DELETE /b", "OPTIONS /c", "PUT /c");
    RouteMatch a = find(router, "OPTIONS /a");
    assertThat(a.outcome()).isEqualTo(RouteMatch.Outcome.OPTIONS);
    assertThat(a.allowHeader()).isEqualTo("GET,HEAD,POST,OPTIONS");
    assertThat(find(router, "OPTIONS /b").allowHeader()).isEqualTo("DELETE,OPTIONS");
    assertThat(template(find(router, "OPTIONS /c"))).isEqualTo("/c");
    assertThat(find(router, "OPTIONS /d").outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
  }

  @Test
  void failsOnEquivalentTemplatesForTheSameMethodNamingBothRoutes() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("GET /users/{id}", "GET /users/{name}"))
        .withMessageContaining("GET /users/{id} [handler for GET /users/{id}]")
        .withMessageContaining("GET /users/{name} [handler for GET /users/{name}]");
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("POST /a/b", "POST /a/b"))
        .withMessageContaining("POST /a/b");
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("GET /f/{a}.{b}", "GET /f/{c}.{d}"));
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("GET /f/{*a}", "GET /f/{*b}"));
    router("GET /users/{id}", "POST /users/{name}", "GET /users/{id:\\d+}", "GET /users/*");
  }

  @Test
  void failsOnInvalidTemplatesNamingRouteAndPosition() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("GET /users/{id"))
        .withMessageContaining("GET /users/{id [handler for GET /users/{id]")
        .withMessageContaining("at position 10")
        .withCauseInstanceOf(InvalidPathTemplateException.class);
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("GET /a/**/b"))
        .withMessageContaining("\"/a/**/b\" at position 3");
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("GET /a/{x}/{x}"))
        .withMessageContaining("'x' is captured twice");
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> router("GET /a/{x:[a-}"))
        .withMessageContaining("invalid regex");
  }

  @Test
  void matchesTheEmptyTemplateOnlyAgainstTheEmptyPath() {
    Router router = router("GET ", "GET /");
    assertThat(template(find(router, "GET "))).isEqualTo("");
    assertThat(template(find(router, "GET /"))).isEqualTo("/");
  }

  @Test
  void copyKeepsVariablesWhenThePathBufferIsReused() {
    Router router = router("GET /users/{id}/{rest}");
    byte[] path = "/users/42/x%20y".getBytes(StandardCharsets.US_ASCII);
    RouteMatch match = new RouteMatch();
    router.find(HttpMethod.GET, path, 0, path.length, match);
    RouteMatch copy = match.copy();
    Arrays.fill(path, (byte) 'z');
    router.find(HttpMethod.GET, "/users/1/2", match);
    assertThat(copy.variables()).containsExactly(entry("id", "42"), entry("rest", "x y"));
    assertThat(copy.route().template()).isEqualTo("/users/{id}/{rest}");
    assertThat(match.variables()).containsExactly(entry("id", "1"), entry("rest", "2"));
  }

  @Test
  void reusesOneMatchAcrossLookups() {
    Router router = router("GET /a/{x}", "GET /b", "POST /c");
    RouteMatch match = new RouteMatch();
    assertThat(router.find(HttpMethod.GET, "/a/1", match)).isTrue();
    assertThat(match.variableValue(0)).isEqualTo("1");
    assertThat(router.find(HttpMethod.GET, "/a/2", match)).isTrue();
    assertThat(match.variableValue(0)).isEqualTo("2");
    assertThat(router.find(HttpMethod.GET, "/b", match)).isTrue();
    assertThat(match.variableCount()).isZero();
    assertThat(router.find(HttpMethod.GET, "/c", match)).isFalse();
    assertThat(match.outcome()).isEqualTo(RouteMatch.Outcome.METHOD_NOT_ALLOWED);
    assertThat(router.find(HttpMethod.GET, "/d", match)).isFalse();
    assertThat(match.outcome()).isEqualTo(RouteMatch.Outcome.NOT_FOUND);
    assertThat(match.allowHeader()).isEmpty();
  }
}
