package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.schema.JsonLiteral;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The dynamic scope of JSON Schema 2020-12 §7.1, reduced to what {@code $dynamicRef} can observe (§8.2.3.2):
 * for each dynamic anchor name, the {@code $dynamicAnchor} of the outermost schema resource entered on the way to
 * the current subschema. Entering a resource binds the names it defines that are not bound yet; leaving it is
 * going back to the scope held before.
 *
 * <p>The scope depends only on the path of references and embedded resources that led to a subschema, never on
 * the instance, so the compiler can resolve every {@code $dynamicRef} statically by compiling a subschema once per
 * distinct scope it is reached with. The number of distinct scopes is finite (names times anchors), which bounds
 * the copies, and recursion reaches a fixed point because re-entering a resource binds nothing new.
 */
final class DynamicScope {

  static final DynamicScope EMPTY = new DynamicScope(new TreeMap<>(), "");

  private final TreeMap<String, JsonLiteral> bindings;

  private final String id;

  private DynamicScope(TreeMap<String, JsonLiteral> bindings, String id) {
    this.bindings = bindings;
    this.id = id;
  }

  /** This scope after entering the resource of {@code schema}. */
  DynamicScope enter(JsonLiteral schema, SchemaIndex index) {
    Map<String, JsonLiteral> anchors = index.dynamicAnchorsOfResource(schema);
    if (anchors.isEmpty() || this.bindings.keySet().containsAll(anchors.keySet())) {
      return this;
    }
    TreeMap<String, JsonLiteral> entered = new TreeMap<>(this.bindings);
    anchors.forEach(entered::putIfAbsent);
    StringBuilder id = new StringBuilder();
    entered.forEach((name, target) -> id.append(id.isEmpty() ? "" : ",").append(name).append('=')
        .append(index.nameOf(target)));
    return new DynamicScope(entered, id.toString());
  }

  /** The outermost {@code $dynamicAnchor} named {@code name} in scope, or {@code null}. */
  @Nullable JsonLiteral lookup(String name) {
    return this.bindings.get(name);
  }

  /** Identifies the scope among those of one compilation: equal ids, equal bindings ({@code ""} when empty). */
  String id() {
    return this.id;
  }
}
