package dev.fastpath.routing;

import dev.fastpath.http.HttpMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What Spring MVC's {@code RequestMappingInfoHandlerMapping} decides for a request over routes that
 * each have one method and one pattern: direct-path lookup first, otherwise every pattern that matches
 * with a matching method (HEAD also matching GET, an explicit HEAD preferred), best by
 * {@code PathPattern.SPECIFICITY_COMPARATOR}; no match: the methods of all matching patterns.
 */
final class SpringMvcReference {

  record Decision(RouteMatch.Outcome outcome, String template, HttpMethod routeMethod, Map<String, String> variables,
      Set<HttpMethod> allowed, boolean ambiguous) {}

  private record Mapping(HttpMethod method, PathPattern pattern) {}

  private final List<Mapping> mappings = new ArrayList<>();

  SpringMvcReference add(HttpMethod method, String template) {
    this.mappings.add(new Mapping(method, PathPatternParser.defaultInstance.parse(template)));
    return this;
  }

  Decision decide(HttpMethod method, String rawPath) {
    PathContainer path = PathContainer.parsePath(rawPath);
    List<Mapping> candidates = new ArrayList<>();
    for (Mapping mapping : this.mappings) {
      if (!mapping.pattern().hasPatternSyntax() && mapping.pattern().getPatternString().equals(rawPath)
          && methodMatches(mapping.method(), method)) {
        candidates.add(mapping);
      }
    }
    if (candidates.isEmpty()) {
      for (Mapping mapping : this.mappings) {
        if (mapping.pattern().matches(path) && methodMatches(mapping.method(), method)) {
          candidates.add(mapping);
        }
      }
    }
    if (!candidates.isEmpty()) {
      Comparator<Mapping> comparator = Comparator.comparing(Mapping::pattern, PathPattern.SPECIFICITY_COMPARATOR);
      if (method == HttpMethod.HEAD) {
        comparator = Comparator.<Mapping>comparingInt(m -> m.method() == HttpMethod.HEAD ? 0 : 1).thenComparing(comparator);
      }
      candidates.sort(comparator);
      Mapping best = candidates.get(0);
      boolean ambiguous = candidates.size() > 1 && comparator.compare(best, candidates.get(1)) == 0;
      return new Decision(RouteMatch.Outcome.FOUND, best.pattern().getPatternString(), best.method(),
          best.pattern().matchAndExtract(path).getUriVariables(), Set.of(), ambiguous);
    }
    EnumSet<HttpMethod> allowed = EnumSet.noneOf(HttpMethod.class);
    for (Mapping mapping : this.mappings) {
      if (mapping.pattern().matches(path)) {
        allowed.add(mapping.method());
      }
    }
    if (allowed.isEmpty()) {
      return new Decision(RouteMatch.Outcome.NOT_FOUND, "", method, Map.of(), Set.of(), false);
    }
    if (method == HttpMethod.OPTIONS) {
      if (allowed.contains(HttpMethod.GET)) {
        allowed.add(HttpMethod.HEAD);
      }
      allowed.add(HttpMethod.OPTIONS);
      return new Decision(RouteMatch.Outcome.OPTIONS, "", method, Map.of(), allowed, false);
    }
    return new Decision(RouteMatch.Outcome.METHOD_NOT_ALLOWED, "", method, Map.of(), allowed, false);
  }

  private static boolean methodMatches(HttpMethod declared, HttpMethod requested) {
    return declared == requested || (requested == HttpMethod.HEAD && declared == HttpMethod.GET);
  }
}
