package dev.fastpath.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A node of the route tree: one template element (a separator, or what one segment must look like)
 * with its children and, where templates end here, a method table. Templates that share a prefix of
 * equivalent elements share nodes, so equivalent templates end on the same node.
 */
final class RouteNode {

  // Kinds, in the order the search tries a node's segment children (the likely more specific first).
  static final int LITERAL = 0;
  static final int SINGLE_CHAR = 1;
  static final int MIXED = 2;
  static final int CAPTURE_REGEX = 3;
  static final int CAPTURE = 4;
  static final int WILDCARD = 5;
  static final int SEPARATOR = 6;
  static final int WILDCARD_SEGMENTS = 7;
  static final int CAPTURE_SEGMENTS = 8;
  static final int ROOT = 9;

  private static final RouteNode[] NONE = {};

  final int kind;
  final @Nullable TemplateElement element;
  /** Index of the first variable this node's element binds (the number bound before it). */
  final int variableIndex;

  // Children, frozen by freeze().
  @Nullable RouteNode separator;
  LiteralTable<RouteNode> literals = LiteralTable.of(List.of(), List.of());
  RouteNode[] patterns = NONE;
  @Nullable RouteNode wildcard;
  /**
   * The mixed-segment children whose regex matches the empty string: Spring lets such an element stand
   * where the path has a separator or has ended (its {@code RegexPathElement} reads those as "").
   */
  RouteNode[] emptyMatching = NONE;
  @Nullable RouteNode wildcardSegments;
  @Nullable RouteNode captureSegments;
  /** Root only: {@code /**} or {@code /{*name}} followed by more of the template. */
  RouteNode[] leading = NONE;

  /** Routes ending here, by method ordinal. */
  final @Nullable CompiledRoute[] routes = new CompiledRoute[AllowedMethods.COUNT];
  int methodMask;
  /**
   * The lowest specificity of any route in this subtree, by method ordinal, and at index
   * {@link AllowedMethods#COUNT} over all methods: the search skips a subtree that cannot beat what
   * it has already found.
   */
  final long[] best = new long[AllowedMethods.COUNT + 1];
  /** Index of this node's regex in the router's pattern list, for the per-match {@code Matcher} cache. */
  int patternIndex = -1;
  int groupCount;

  private final Map<String, RouteNode> children = new LinkedHashMap<>();

  RouteNode(int kind, @Nullable TemplateElement element, int variableIndex) {
    this.kind = kind;
    this.element = element;
    this.variableIndex = variableIndex;
  }

  static RouteNode root() {
    return new RouteNode(ROOT, null, 0);
  }

  RouteNode child(TemplateElement element, int variableIndex, boolean leading) {
    String key = (leading ? "^" : "") + element.key();
    return this.children.computeIfAbsent(key, k -> new RouteNode(kindOf(element), element, variableIndex));
  }

  /** Adds a route ending here; returns the route already there for its method, if any. */
  @Nullable CompiledRoute add(CompiledRoute route) {
    int method = route.route().method().ordinal();
    CompiledRoute existing = this.routes[method];
    if (existing == null) {
      this.routes[method] = route;
      this.methodMask |= 1 << method;
    }
    return existing;
  }

  @Nullable Pattern pattern() {
    return switch (this.element) {
      case TemplateElement.Capture capture -> capture.constraint();
      case TemplateElement.Mixed mixed -> mixed.pattern();
      case null, default -> null;
    };
  }

  /** Turns the build-time child map into the arrays the search reads, and computes {@link #best}. */
  void freeze(List<Pattern> patternsOut) {
    Arrays.fill(this.best, Long.MAX_VALUE);
    for (CompiledRoute route : this.routes) {
      if (route != null) {
        int method = route.route().method().ordinal();
        this.best[method] = Math.min(this.best[method], route.specificity());
      }
    }
    Pattern pattern = pattern();
    if (pattern != null) {
      this.patternIndex = patternsOut.size();
      this.groupCount = pattern.matcher("").groupCount();
      patternsOut.add(pattern);
    }
    List<byte[]> literalKeys = new ArrayList<>();
    List<RouteNode> literalNodes = new ArrayList<>();
    List<RouteNode> segmentNodes = new ArrayList<>();
    List<RouteNode> leadingNodes = new ArrayList<>();
    for (Map.Entry<String, RouteNode> entry : this.children.entrySet()) {
      RouteNode child = entry.getValue();
      child.freeze(patternsOut);
      for (int i = 0; i < this.best.length; i++) {
        this.best[i] = Math.min(this.best[i], child.best[i]);
      }
      if (entry.getKey().startsWith("^")) {
        leadingNodes.add(child);
        continue;
      }
      switch (child.kind) {
        case SEPARATOR -> this.separator = child;
        case WILDCARD_SEGMENTS -> this.wildcardSegments = child;
        case CAPTURE_SEGMENTS -> this.captureSegments = child;
        case LITERAL -> {
          literalKeys.add(((TemplateElement.Literal) child.element).utf8());
          literalNodes.add(child);
        }
        default -> segmentNodes.add(child);
      }
      if (child.kind == WILDCARD) {
        this.wildcard = child;
      }
    }
    for (int i = 0; i < AllowedMethods.COUNT; i++) {
      this.best[AllowedMethods.COUNT] = Math.min(this.best[AllowedMethods.COUNT], this.best[i]);
    }
    segmentNodes.sort(Comparator.comparingInt(node -> node.kind));
    this.literals = LiteralTable.of(literalKeys, literalNodes);
    this.patterns = segmentNodes.toArray(RouteNode[]::new);
    this.emptyMatching = segmentNodes.stream()
        .filter(node -> node.kind == MIXED && node.pattern().matcher("").matches())
        .toArray(RouteNode[]::new);
    this.leading = leadingNodes.toArray(RouteNode[]::new);
    this.children.clear();
  }

  private static int kindOf(TemplateElement element) {
    return switch (element) {
      case TemplateElement.Separator s -> SEPARATOR;
      case TemplateElement.Literal l -> LITERAL;
      case TemplateElement.SingleChar s -> SINGLE_CHAR;
      case TemplateElement.Mixed m -> MIXED;
      case TemplateElement.Capture c -> c.constraint() != null ? CAPTURE_REGEX : CAPTURE;
      case TemplateElement.Wildcard w -> WILDCARD;
      case TemplateElement.WildcardSegments w -> WILDCARD_SEGMENTS;
      case TemplateElement.CaptureSegments c -> CAPTURE_SEGMENTS;
    };
  }
}
