package dev.fastpath.bench.routing;

import dev.fastpath.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The baseline: route lookup the way Spring MVC's {@code RequestMappingInfoHandlerMapping} does it with
 * {@code PathPattern}s, reduced to method and path (a fair simplification: no other request conditions,
 * no {@code RequestMappingInfo}/{@code HandlerMethod} objects, no request attributes). The path is
 * parsed once into a {@link PathContainer}; a direct-path map answers literal paths; otherwise every
 * mapping whose method matches is tried with {@link PathPattern#matches}, the matches are sorted with
 * {@link PathPattern#SPECIFICITY_COMPARATOR} and the best one's variables are extracted with
 * {@link PathPattern#matchAndExtract}.
 */
final class SpringPathPatternLookup {

  record Mapping(HttpMethod method, PathPattern pattern) {}

  record Result(Mapping mapping, Map<String, String> variables) {}

  private final List<Mapping> mappings = new ArrayList<>();
  private final Map<String, List<Mapping>> directPaths = new HashMap<>();

  SpringPathPatternLookup(List<GithubRoutes.Entry> routes) {
    PathPatternParser parser = new PathPatternParser();
    for (GithubRoutes.Entry route : routes) {
      Mapping mapping = new Mapping(route.method(), parser.parse(route.template()));
      this.mappings.add(mapping);
      if (!mapping.pattern().hasPatternSyntax()) {
        this.directPaths.computeIfAbsent(route.template(), k -> new ArrayList<>()).add(mapping);
      }
    }
  }

  @Nullable Result lookup(HttpMethod method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    List<Mapping> direct = this.directPaths.get(path);
    if (direct != null) {
      for (Mapping mapping : direct) {
        if (mapping.method() == method) {
          return new Result(mapping, Map.of());
        }
      }
    }
    List<Mapping> matches = new ArrayList<>();
    for (Mapping mapping : this.mappings) {
      if (mapping.method() == method && mapping.pattern().matches(container)) {
        matches.add(mapping);
      }
    }
    if (matches.isEmpty()) {
      return null;
    }
    if (matches.size() > 1) {
      matches.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
    }
    Mapping best = matches.get(0);
    PathPattern.PathMatchInfo info = best.pattern().matchAndExtract(container);
    return new Result(best, info != null ? info.getUriVariables() : Map.of());
  }
}
