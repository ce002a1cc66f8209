package dev.fastpath.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.fastpath.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/** Each template on its own, compared with Spring's {@code PathPattern} (parse, specificity, match). */
class PathTemplateTests {

  static final List<String> TEMPLATES = List.of(
      "", "/", "/a", "/a/b", "/a/b/", "/a//b", "/abc", "/ab?", "/a?c/d", "/t??t",
      "/a/{x}", "/a/{x}/", "/{x}", "/{x}/{y}", "/{x}/b", "/a/{x}/c/{y}", "/a/{x:\\d+}", "/a/{x:[a-z]+}",
      "/a/{x:.*}", "/a/{x:\\w+}/b", "/a/{x:a\\/b}", "/{x:\\d{2,3}}",
      "/f/{name}.{ext}", "/f/{name:[a-z]+}.{ext}", "/v{version}/x", "/f/{a}-{b}-{c}", "/f/x{a}y", "/f/*.png",
      "/f/a*", "/f/*a*", "/f/.*", "/f/a.*", "/f/*.*", "/f/?{x}", "/f/{x}*",
      "/a/*", "/a/*/c", "/*", "/*/*", "/*/b",
      "/a/**", "/**", "/a/{*rest}", "/{*rest}", "/a/b/**", "/**/c", "/**/b/c", "/{*p}/c", "/{*p}/{x}/c",
      "/caf\u00e9", "/a b", "/a%20b", "/a;b", "/a/{x}/**", "/a/*/{*r}");

  static final List<String> SEGMENTS = List.of(
      "a", "b", "c", "abc", "abd", "test", "tost", "x", "42", "123", "a1", "report.pdf", "x.png", ".png", "a.b.c",
      "1-2-3", "xay", "xy", "v2", "v", "a%20b", "a%2Fb", "a b", "caf%C3%A9", "caf\u00e9", "a;p=1", ";p=1", "b;q",
      "%61", "%2e", "a.", "aa", "12", "1234", "?", "*", "a%3Bb", "index.html", "a%252Fb");

  @Test
  void specificityOrdersTemplatesLikeSpringsComparator() {
    for (String first : TEMPLATES) {
      for (String second : TEMPLATES) {
        int spring = Integer.signum(PathPattern.SPECIFICITY_COMPARATOR.compare(spring(first), spring(second)));
        int ours = Long.signum(Long.compare(PathTemplate.parse(first).specificity(), PathTemplate.parse(second).specificity()));
        assertThat(ours).as("%s vs %s", first, second).isEqualTo(spring);
      }
    }
  }

  @Test
  void matchesEachTemplateExactlyLikePathPattern() {
    Random random = new Random(42);
    List<String> paths = new ArrayList<>(List.of("", "/", "//", "///"));
    for (int i = 0; i < 1500; i++) {
      StringBuilder path = new StringBuilder();
      int segments = random.nextInt(5);
      for (int s = 0; s < segments; s++) {
        path.append('/');
        if (random.nextInt(12) != 0) {
          path.append(SEGMENTS.get(random.nextInt(SEGMENTS.size())));
        }
      }
      if (random.nextInt(8) == 0) {
        path.append('/');
      }
      paths.add(path.toString());
    }
    int matched = 0;
    for (String template : TEMPLATES) {
      Router router = RouterTests.router("GET " + template);
      PathPattern pattern = spring(template);
      for (String path : paths) {
        PathContainer container = PathContainer.parsePath(path);
        RouteMatch match = new RouteMatch();
        boolean ours = router.find(HttpMethod.GET, path, match);
        boolean theirs = pattern.matches(container);
        if (ours != theirs) {
          fail("Template %s, path %s: Spring %s, we %s", template, path, theirs, ours);
        }
        if (ours) {
          matched++;
          Map<String, String> expected = pattern.matchAndExtract(container).getUriVariables();
          assertThat(match.variables()).as("%s on %s", template, path).isEqualTo(expected);
        }
      }
    }
    assertThat(matched).isGreaterThan(1000);
  }

  @Test
  void acceptsAndRejectsTheSameTemplatesAsSpring() {
    List<String> templates = new ArrayList<>(TEMPLATES);
    templates.addAll(List.of("/a/{x", "/a/x}", "/a/{x}}", "/a/{{x}}", "/a/{1x}", "/a/{x y}", "/a/{x-y}", "/a/{x_1}",
        "/a/{x:}", "/a/{x:[}", "/a/{x:a{2}}", "/a/{x:a/b}", "/a/**/b", "/**/a/**", "/a/{*x}/b", "/{*x}/a/{*y}",
        "/a/x{*y}", "/a/{*y}x", "/a/**x", "/a/x**", "/a/***", "/a/{x}/{x}", "/a/{x}.{x}", "/a/{x}/{x:\\d}", "**",
        "**/a", "/a/{*x", "/a/{x:\\}}", "/a/{x:[a-z]{2}}.{y}", "/a/{x}{y}", "/a/{x}/c/{*y}", "/{x}/**", "/{*x}",
        "/a/{ab:c}", "/a/{é}", "/a/{x.y}", "/a/{$x}"));
    for (String template : templates) {
      boolean springAccepts;
      try {
        PathPatternParser.defaultInstance.parse(template);
        springAccepts = true;
      }
      catch (PatternParseException | java.util.regex.PatternSyntaxException ex) {
        springAccepts = false;
      }
      boolean weAccept;
      try {
        PathTemplate.parse(template);
        weAccept = true;
      }
      catch (InvalidPathTemplateException ex) {
        weAccept = false;
      }
      assertThat(weAccept).as(template).isEqualTo(springAccepts);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "/users/{id            | 10 | missing '}'",
      "/users/id}            | 9  | '}' without a preceding '{'",
      "/a/{b{c}}             | 5  | nested",
      "/a/**/b               | 3  | first or the last",
      "/**/a/{*b}            | 10 | only one",
      "/a/{x}/{x}            | 7  | 'x' is captured twice",
      "/a/{1x}               | 4  | cannot start a variable name",
      "/a/{x:}               | 6  | missing regex",
      "/a/{x:[a-}            | 9  | invalid regex",
      "/a/{x:(ab)}           | 6  | capturing groups",
      "/a/{}                 | 3  | empty variable name",
      "/a/x{*y}              | 3  | cannot be mixed"})
  void rejectsInvalidTemplatesNamingThePosition(String template, int position, String reason) {
    assertThatExceptionOfType(InvalidPathTemplateException.class)
        .isThrownBy(() -> PathTemplate.parse(template))
        .satisfies(ex -> assertThat(ex.position()).isEqualTo(position))
        .satisfies(ex -> assertThat(ex.template()).isEqualTo(template))
        .withMessageContaining("\"" + template + "\"")
        .withMessageContaining(reason);
  }

  @Test
  void exposesVariableNamesInOrder() {
    assertThat(PathTemplate.parse("/a/{x}/{y:\\d+}/{n}.{e}/{*rest}").variableNames())
        .containsExactly("x", "y", "n", "e", "rest");
    assertThat(PathTemplate.parse("/a/b").isLiteral()).isTrue();
    assertThat(PathTemplate.parse("/a/b?").isLiteral()).isFalse();
    assertThat(PathTemplate.parse("/a/**").isCatchAll()).isTrue();
  }

  private static PathPattern spring(String template) {
    return PathPatternParser.defaultInstance.parse(template);
  }
}
