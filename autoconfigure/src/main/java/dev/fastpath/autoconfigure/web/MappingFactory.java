package dev.fastpath.autoconfigure.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException;

/**
 * Combines the class- and method-level {@code @RequestMapping} of a handler method as Spring's
 * {@code RequestMappingInfo.combine} does: every class path with every method path
 * ({@code PathPattern.combine}, a leading {@code /} added, placeholders resolved), methods, params and
 * headers united, and the method's {@code consumes}/{@code produces} replacing the class's.
 * {@code Content-Type} and {@code Accept} entries in {@code headers} become consumes and produces.
 *
 * @since 0.1
 */
final class MappingFactory {

  private final ApplicationContext context;

  MappingFactory(ApplicationContext context) {
    this.context = context;
  }

  /** A method's path templates and other conditions. */
  record Mapping(List<String> templates, MappingConditions conditions) {}

  Mapping mapping(Class<?> type, Method method, boolean bodyRequired) {
    RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
    RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
    if (onMethod == null) {
      throw new UnsupportedHandlerException(method, "no @RequestMapping");
    }
    List<String> templates = combine(onType != null ? onType.path() : new String[0], onMethod.path(), method);
    Set<RequestMethod> methods = EnumSet.noneOf(RequestMethod.class);
    List<NameValueCondition> params = new ArrayList<>();
    List<NameValueCondition> headers = new ArrayList<>();
    List<String> consumes = new ArrayList<>();
    List<String> produces = new ArrayList<>();
    for (RequestMapping mapping : onType != null ? List.of(onType, onMethod) : List.of(onMethod)) {
      methods.addAll(List.of(mapping.method()));
      for (String param : mapping.params()) {
        params.add(NameValueCondition.parse(resolve(param), false));
      }
      List<String> mappingConsumes = new ArrayList<>(List.of(mapping.consumes()));
      List<String> mappingProduces = new ArrayList<>(List.of(mapping.produces()));
      for (String header : mapping.headers()) {
        NameValueCondition condition = NameValueCondition.parse(resolve(header), true);
        if ("Content-Type".equalsIgnoreCase(condition.name()) && condition.value() != null && !condition.negated()) {
          mappingConsumes.addAll(List.of(condition.value().split(",")));
        } else if ("Accept".equalsIgnoreCase(condition.name()) && condition.value() != null && !condition.negated()) {
          mappingProduces.addAll(List.of(condition.value().split(",")));
        } else {
          headers.add(condition);
        }
      }
      if (!mappingConsumes.isEmpty()) {
        consumes = mappingConsumes;
      }
      if (!mappingProduces.isEmpty()) {
        produces = mappingProduces;
      }
    }
    MappingConditions conditions = new MappingConditions(methods, dedupe(params), dedupe(headers),
        mediaTypes(consumes, method), mediaTypes(produces, method), bodyRequired);
    return new Mapping(templates, conditions);
  }

  private List<String> combine(String[] typePaths, String[] methodPaths, Method method) {
    PathPatternParser parser = PathPatternParser.defaultInstance;
    List<String> prefixes = normalize(typePaths);
    List<String> paths = normalize(methodPaths);
    Set<String> combined = new LinkedHashSet<>();
    try {
      if (prefixes.isEmpty() && paths.isEmpty()) {
        combined.add("/");
      } else if (prefixes.isEmpty() || paths.isEmpty()) {
        combined.addAll(prefixes.isEmpty() ? paths : prefixes);
      } else {
        for (String prefix : prefixes) {
          PathPattern prefixPattern = parser.parse(prefix);
          for (String path : paths) {
            combined.add(prefixPattern.combine(parser.parse(path)).getPatternString());
          }
        }
      }
      for (String template : combined) {
        parser.parse(template);
      }
    } catch (RuntimeException ex) {
      throw new UnsupportedHandlerException(method, "invalid path pattern (" + ex.getMessage() + ")", ex);
    }
    return List.copyOf(combined);
  }

  private List<String> normalize(String[] paths) {
    List<String> result = new ArrayList<>();
    for (String path : paths) {
      String resolved = resolve(path);
      if (resolved.isEmpty()) {
        continue; // Spring's empty path mapping: the other side of the combination decides
      }
      result.add(resolved.startsWith("/") ? resolved : "/" + resolved);
    }
    return result;
  }

  private String resolve(String value) {
    return this.context.getEnvironment().resolvePlaceholders(value);
  }

  private static <T> List<T> dedupe(List<T> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  private List<MappingConditions.MediaTypeExpression> mediaTypes(List<String> expressions, Method method) {
    List<MappingConditions.MediaTypeExpression> result = new ArrayList<>();
    for (String expression : expressions) {
      try {
        result.add(MappingConditions.MediaTypeExpression.parse(resolve(expression)));
      } catch (RuntimeException ex) {
        throw new UnsupportedHandlerException(method, "invalid media type '" + expression + "' (" + ex.getMessage() + ")", ex);
      }
    }
    return List.copyOf(result);
  }
}
