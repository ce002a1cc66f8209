package dev.fastpath.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random requests over a set of overlapping routes: the router must decide exactly as Spring MVC's
 * handler mapping does (see {@link SpringMvcReference}): same route, same variables, same 404/405/OPTIONS
 * and the same allowed methods.
 */
class RouterSpringComparisonTests {

  static final List<String> ROUTES = List.of(
      "GET /", "GET /users", "POST /users", "GET /users/new", "POST /users/new", "GET /users/{id}",
      "PUT /users/{id}", "DELETE /users/{id}", "GET /users/{id:\\d+}", "GET /users/{id}/posts",
      "GET /users/{id}/posts/{postId}", "GET /users/{id}/posts/latest", "PATCH /users/{id}/posts/{postId:\\d+}",
      "GET /users/*/settings", "GET /users/**", "HEAD /users/{id}/avatar", "GET /users/{id}/avatar",
      "GET /{section}/new", "GET /{section}/{id}/posts", "GET /files/{*path}", "PUT /files/{*path}",
      "GET /files/{name}.{ext}", "GET /files/{name}.txt", "GET /files/readme.txt", "GET /files/*.md",
      "GET /files/t?st.txt", "GET /static/**", "GET /static/css/{file}", "GET /static/{dir}/{file}.css",
      "GET /v{version}/api", "GET /v1/api", "GET /v{major}.{minor}/api", "GET /api/{*rest}", "OPTIONS /api/special",
      "GET /api/special", "GET /**/meta", "GET /{*prefix}/info/{name}", "DELETE /a/b/c", "GET /a/{b}/c",
      "GET /{a}/b/{c}", "GET /a/*/*", "GET /x/{y}", "POST /x/{z}", "GET /x/{y}/", "GET /caf\u00e9/{item}",
      "GET /search/{q:[a-z]+}", "GET /search/{q}", "GET /search/{q}/page/{n:\\d+}", "GET /r/{a}-{b}", "GET /r/{a}-x",
      "GET /r/x-{b}", "HEAD /h/{x}", "GET /h/{x:\\d+}", "OPTIONS /o/**", "GET /o/{x}");

  static final List<String> SEGMENTS = List.of(
      "users", "new", "42", "7", "abc", "posts", "latest", "settings", "avatar", "files", "a.txt", "readme.txt",
      "x.md", "test.txt", "tost.txt", "static", "css", "site.css", "v1", "v2", "v1.2", "api", "special", "meta",
      "info", "a", "b", "c", "x", "y", "caf\u00e9", "caf%C3%A9", "search", "page", "3", "r", "x-x", "a-b", "a-x",
      "h", "o", "%20", "a%2Fb", "42;p=1", "us%65rs", "n%65w", ";v=1", "x-", "-x");

  static final HttpMethod[] METHODS = {HttpMethod.GET, HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
      HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.OPTIONS};

  @Test
  void decidesLikeSpringMvcForRandomRequests() {
    Router router = RouterTests.router(ROUTES.toArray(String[]::new));
    SpringMvcReference spring = new SpringMvcReference();
    for (String route : ROUTES) {
      String[] parts = route.split(" ", 2);
      spring.add(HttpMethod.valueOf(parts[0]), parts[1]);
    }
    Random random = new Random(7);
    RouteMatch match = new RouteMatch();
    int found = 0;
    int ambiguous = 0;
    int[] outcomes = new int[RouteMatch.Outcome.values().length];
    for (int i = 0; i < 4000; i++) {
      String path = randomPath(random);
      HttpMethod method = METHODS[random.nextInt(METHODS.length)];
      SpringMvcReference.Decision expected = spring.decide(method, path);
      router.find(method, path, match);
      String request = method + " " + path;
      if (expected.ambiguous()) {
        // Spring MVC fails such a request ("Ambiguous handler methods"); we pick one deterministically.
        ambiguous++;
        continue;
      }
      assertThat(match.outcome()).as(request).isEqualTo(expected.outcome());
      outcomes[match.outcome().ordinal()]++;
      switch (expected.outcome()) {
        case FOUND -> {
          found++;
          assertThat(match.route().template()).as(request).isEqualTo(expected.template());
          assertThat(match.route().method()).as(request).isEqualTo(expected.routeMethod());
          assertThat(match.headFallback()).as(request).isEqualTo(method != expected.routeMethod());
          assertThat(match.variables()).as(request).isEqualTo(expected.variables());
        }
        case METHOD_NOT_ALLOWED, OPTIONS -> assertThat(match.allowedMethods()).as(request).isEqualTo(expected.allowed());
        case NOT_FOUND -> assertThat(match.route()).isNull();
      }
    }
    assertThat(found).isGreaterThan(800);
    for (int count : outcomes) {
      assertThat(count).isGreaterThan(20);
    }
    assertThat(ambiguous).isLessThan(100);
  }

  @Test
  void decidesLikeSpringMvcForRandomRouteSets() {
    Random random = new Random(99);
    String[] segments = {"a", "b", "{x}", "{y:\\d+}", "*", "{n}.{e}", "a?", "**", "{*rest}", "c"};
    String[] pathSegments = {"a", "b", "c", "1", "ab", "x.y", "a%2Fb", "b;p", "ax"};
    HttpMethod[] methods = {HttpMethod.GET, HttpMethod.POST, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.DELETE};
    int decided = 0;
    for (int set = 0; set < 40; set++) {
      java.util.LinkedHashSet<String> routes = new java.util.LinkedHashSet<>();
      while (routes.size() < 20) {
        StringBuilder template = new StringBuilder();
        int length = 1 + random.nextInt(3);
        for (int i = 0; i < length; i++) {
          String segment = segments[random.nextInt(segments.length)];
          if (segment.equals("**") || segment.startsWith("{*")) {
            if (i != length - 1) {
              continue;
            }
          }
          template.append('/').append(segment.replaceAll("\\{([a-z*])([a-z]*)", "{$1$2" + i));
        }
        routes.add(methods[random.nextInt(methods.length)] + " " + (template.isEmpty() ? "/" : template));
      }
      Router router;
      try {
        router = RouterTests.router(routes.toArray(String[]::new));
      }
      catch (IllegalStateException ex) {
        continue; // equivalent templates for one method
      }
      SpringMvcReference spring = new SpringMvcReference();
      for (String route : routes) {
        String[] parts = route.split(" ", 2);
        spring.add(HttpMethod.valueOf(parts[0]), parts[1]);
      }
      RouteMatch match = new RouteMatch();
      for (int r = 0; r < 300; r++) {
        StringBuilder path = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
          path.append('/').append(pathSegments[random.nextInt(pathSegments.length)]);
        }
        HttpMethod method = methods[random.nextInt(methods.length)];
        SpringMvcReference.Decision expected = spring.decide(method, path.toString());
        if (expected.ambiguous()) {
          continue;
        }
        router.find(method, path.toString(), match);
        String request = routes + " " + method + " " + path;
        assertThat(match.outcome()).as(request).isEqualTo(expected.outcome());
        if (expected.outcome() == RouteMatch.Outcome.FOUND) {
          assertThat(match.route().template()).as(request).isEqualTo(expected.template());
          assertThat(match.route().method()).as(request).isEqualTo(expected.routeMethod());
          assertThat(match.variables()).as(request).isEqualTo(expected.variables());
        }
        else {
          assertThat(match.allowedMethods()).as(request).isEqualTo(expected.allowed());
        }
        decided++;
      }
    }
    assertThat(decided).isGreaterThan(5000);
  }

  private static String randomPath(Random random) {
    if (random.nextBoolean()) {
      return pathFromTemplate(random);
    }
    StringBuilder path = new StringBuilder();
    int segments = 1 + random.nextInt(4);
    List<String> pool = new ArrayList<>(SEGMENTS);
    for (int s = 0; s < segments; s++) {
      path.append('/');
      if (random.nextInt(25) != 0) {
        path.append(pool.get(random.nextInt(pool.size())));
      }
    }
    if (random.nextInt(10) == 0) {
      path.append('/');
    }
    return path.toString();
  }

  /** A path made from a random template by filling its variables and wildcards with random segments. */
  private static String pathFromTemplate(Random random) {
    String template = ROUTES.get(random.nextInt(ROUTES.size())).split(" ", 2)[1];
    String multi = random.nextInt(3) == 0 ? "" : "/" + String.join("/",
        SEGMENTS.get(random.nextInt(SEGMENTS.size())), SEGMENTS.get(random.nextInt(SEGMENTS.size())));
    String path = template.replace("/**", multi).replaceAll("/\\{\\*[a-z]+}", multi);
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{[^}]*}|\\*|\\?").matcher(path);
    while (variables.find()) {
      String filler = switch (random.nextInt(3)) {
        case 0 -> String.valueOf(random.nextInt(100));
        case 1 -> "x";
        default -> SEGMENTS.get(random.nextInt(SEGMENTS.size()));
      };
      variables.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          variables.group().equals("?") ? "e" : filler));
    }
    variables.appendTail(out);
    return out.toString();
  }
}
