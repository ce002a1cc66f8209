package dev.fastpath.routing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The compiled route table: a map of all-literal templates (looked up with the raw path bytes when the
 * path needs no decoding) and the tree of all templates.
 *
 * @param root the tree
 * @param exact the nodes of all-literal templates by their UTF-8 bytes (except templates with {@code %} or
 *     {@code ;}, which only the tree matches correctly: against decoded segment values)
 * @param patterns every regex of the tree, indexed by {@link RouteNode#patternIndex}
 * @param maxVariables the most variables any template binds
 */
record RouteTree(RouteNode root, LiteralTable<RouteNode> exact, Pattern[] patterns, int maxVariables) {

  /**
   * Compiles routes into a tree.
   *
   * @throws IllegalStateException for an invalid template, or two routes with the same method on
   *     equivalent templates, naming the routes
   */
  static RouteTree build(List<CompiledRoute> routes) {
    RouteNode root = RouteNode.root();
    List<byte[]> exactKeys = new ArrayList<>();
    List<RouteNode> exactNodes = new ArrayList<>();
    Set<RouteNode> exactSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    int maxVariables = 0;
    for (CompiledRoute route : routes) {
      RouteNode node = insert(root, route.template());
      CompiledRoute existing = node.add(route);
      if (existing != null) {
        throw new IllegalStateException("Conflicting routes: " + existing.route() + " and " + route.route()
            + " have equivalent templates for the same method");
      }
      String text = route.template().text();
      if (route.template().isLiteral() && text.indexOf('%') < 0 && text.indexOf(';') < 0 && exactSeen.add(node)) {
        exactKeys.add(text.getBytes(StandardCharsets.UTF_8));
        exactNodes.add(node);
      }
      maxVariables = Math.max(maxVariables, route.variableCount());
    }
    List<Pattern> patterns = new ArrayList<>();
    root.freeze(patterns);
    return new RouteTree(root, LiteralTable.of(exactKeys, exactNodes), patterns.toArray(Pattern[]::new),
        maxVariables);
  }

  private static RouteNode insert(RouteNode root, PathTemplate template) {
    List<TemplateElement> elements = template.elements();
    RouteNode node = root;
    int variables = 0;
    for (int i = 0; i < elements.size(); i++) {
      TemplateElement element = elements.get(i);
      boolean multiSegment = element instanceof TemplateElement.WildcardSegments
          || element instanceof TemplateElement.CaptureSegments;
      node = node.child(element, variables, multiSegment && i == 0 && elements.size() > 1);
      variables += element.captureCount();
    }
    return node;
  }

  @Nullable RouteNode exactNode(byte[] path, int from, int to) {
    return this.exact.get(path, from, to);
  }
}
