package dev.fastpath.routing;

/**
 * A route with its parsed template and precomputed specificity, as the tree stores it.
 *
 * @param route the route as registered
 * @param template its parsed template
 * @param specificity {@link PathTemplate#specificity()}, lower wins
 * @param variableNames the template's variable names, in the order the tree records their values
 */
record CompiledRoute(Route route, PathTemplate template, long specificity, String[] variableNames) {

  CompiledRoute(Route route, PathTemplate template) {
    this(route, template, template.specificity(), template.variableNames().toArray(String[]::new));
  }

  int variableCount() {
    return this.variableNames.length;
  }
}
