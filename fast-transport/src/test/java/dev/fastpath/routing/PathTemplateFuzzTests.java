package dev.fastpath.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Random templates from the syntax elements, each matched against random paths, compared with Spring. */
class PathTemplateFuzzTests {

  private static final String[] SEGMENT_TEMPLATES = {"a", "b", "ab", "{x}", "{y:\\d+}", "{z:[a-c]+}", "*", "a?",
      "?b", "{n}.{e}", "x{v}", "{v}x", "*.png", "a*", "{p}-{q}", "{w:\\d}{t}", "*{u}*", "{s:a|b}"};

  private static final String[] PATH_SEGMENTS = {"a", "b", "ab", "x", "1", "42", "abc", "a.png", "n.e", "xa", "ax",
      "x1x", "1-2", "-", ".", "a-b-c", "b;p=1", ";q", "%61b", "a%2Fb", "%2E", "12x", "png", "aa", "ba", "a%20"};

  @Test
  void randomTemplatesMatchLikePathPattern() {
    Random random = new Random(2024);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      StringBuilder path = new StringBuilder();
      int segments = random.nextInt(5);
      for (int s = 0; s < segments; s++) {
        path.append('/');
        if (random.nextInt(15) != 0) {
          path.append(PATH_SEGMENTS[random.nextInt(PATH_SEGMENTS.length)]);
        }
      }
      if (random.nextInt(8) == 0) {
        path.append('/');
      }
      paths.add(path.toString());
    }
    int compared = 0;
    int matched = 0;
    for (int t = 0; t < 400; t++) {
      String template = randomTemplate(random);
      PathPattern pattern;
      try {
        pattern = PathPatternParser.defaultInstance.parse(template);
      }
      catch (RuntimeException ex) {
        continue;
      }
      Router router = RouterTests.router("GET " + template);
      RouteMatch match = new RouteMatch();
      for (String path : paths) {
        PathContainer container = PathContainer.parsePath(path);
        boolean expected = pattern.matches(container);
        assertThat(router.find(HttpMethod.GET, path, match)).as("%s on %s", template, path).isEqualTo(expected);
        if (expected) {
          Map<String, String> variables;
          try {
            variables = pattern.matchAndExtract(container).getUriVariables();
          }
          catch (IndexOutOfBoundsException | ClassCastException ex) {
            // Spring fails to extract a variable of a mixed segment matched on a separator or past the
            // end of the path (e.g. /{a}/*{b}*/** on "/a/"): Spring MVC answers 500, we bind "".
            continue;
          }
          assertThat(match.variables()).as("%s on %s", template, path).isEqualTo(variables);
          matched++;
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50_000);
    assertThat(matched).isGreaterThan(1_000);
  }

  private static String randomTemplate(Random random) {
    StringBuilder template = new StringBuilder();
    List<String> used = new ArrayList<>();
    int lead = random.nextInt(8);
    if (lead == 0) {
      template.append("/**");
    }
    else if (lead == 1) {
      template.append("/{*lead}");
    }
    int segments = 1 + random.nextInt(3);
    for (int s = 0; s < segments; s++) {
      String segment = SEGMENT_TEMPLATES[random.nextInt(SEGMENT_TEMPLATES.length)];
      // Variable names must be unique: suffix them with the segment index.
      segment = segment.replaceAll("\\{([a-z])", "{$1" + s);
      used.add(segment);
      template.append('/').append(segment);
    }
    int tail = lead <= 1 ? 9 : random.nextInt(8);
    if (tail == 0) {
      template.append("/**");
    }
    else if (tail == 1) {
      template.append("/{*rest}");
    }
    else if (tail == 2) {
      template.append('/');
    }
    return template.toString();
  }
}
