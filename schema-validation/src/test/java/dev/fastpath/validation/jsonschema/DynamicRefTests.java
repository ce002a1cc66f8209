package dev.fastpath.validation.jsonschema;

import static dev.fastpath.validation.jsonschema.JsonSchemaCases.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.ValidationOptions;
import org.junit.jupiter.api.Test;

class DynamicRefTests {

  /** A generic list resource whose items default to anything, overridden by whoever references it. */
  private static final String LIST = """
      "list":{"$id":"list","type":"array","items":{"$dynamicRef":"#item"},
              "$defs":{"anyItem":{"$dynamicAnchor":"item"}}}""";

  @RunnerSource
  void takesTheTargetFromTheOutermostResourceDefiningTheAnchor(Runner runner) {
    schema(runner, """
        {"$id":"https://shop.test/tags","$ref":"list","$defs":{
           "tag":{"$dynamicAnchor":"item","type":"string","maxLength":8},""" + LIST + "}}")
        .valid("[]", "[\"red\",\"sale\"]")
        .invalid("[\"red\",7]", "[\"much-too-long\"]");
  }

  @RunnerSource
  void compilesASubschemaOncePerScopeItIsReachedIn(Runner runner) {
    schema(runner, """
        {"$id":"https://shop.test/order","type":"object","properties":{
           "skus":{"$ref":"skus"},"quantities":{"$ref":"quantities"},"notes":{"$ref":"list"}},
         "$defs":{
           "skus":{"$id":"skus","$ref":"list","$defs":{"sku":{"$dynamicAnchor":"item","type":"string"}}},
           "quantities":{"$id":"quantities","$ref":"list","$defs":{"qty":{"$dynamicAnchor":"item","type":"integer"}}},
           """ + LIST + "}}")
        .valid("{\"skus\":[\"A-1\"],\"quantities\":[2],\"notes\":[true,null]}")
        .invalid("{\"skus\":[2]}", "{\"quantities\":[\"A-1\"]}", "{\"quantities\":[1.5]}");
  }

  @RunnerSource
  void behavesAsAPlainRefWhenTheInitialTargetIsNotADynamicAnchor(Runner runner) {
    // The list's own target is an $anchor, so the outer $dynamicAnchor of the same name is never consulted.
    schema(runner, """
        {"$id":"https://shop.test/plain","$ref":"list","$defs":{
           "tag":{"$dynamicAnchor":"item","type":"string"},
           "list":{"$id":"list","type":"array","items":{"$dynamicRef":"#item"},
                   "$defs":{"anyItem":{"$anchor":"item","type":"integer"}}}}}""")
        .valid("[1,2]")
        .invalid("[\"a\"]");
    schema(runner, """
        {"$id":"https://shop.test/pointer","$ref":"list","$defs":{
           "tag":{"$dynamicAnchor":"item","type":"string"},
           "list":{"$id":"list","type":"array","items":{"$dynamicRef":"#/$defs/anyItem"},
                   "$defs":{"anyItem":{"$dynamicAnchor":"item","type":"integer"}}}}}""")
        .valid("[1]")
        .invalid("[\"a\"]");
  }

  @RunnerSource
  void forgetsAResourceOnceItsSubschemaIsLeft(Runner runner) {
    // allOf/0 enters resource "numbers" and leaves it; allOf/1 reaches the $dynamicRef without it in scope.
    schema(runner, """
        {"$id":"https://shop.test/scopes","allOf":[
           {"$id":"numbers","$defs":{"v":{"$dynamicAnchor":"value","type":"number"}}},
           {"$ref":"strings"}],
         "$defs":{"strings":{"$id":"strings","$dynamicRef":"#value",
                             "$defs":{"v":{"$dynamicAnchor":"value","type":"string"}}}}}""")
        .valid("\"x\"")
        .invalid("1");
  }

  @RunnerSource
  void extendsARecursiveSchemaAtEveryLevel(Runner runner) {
    // A category tree, and a strict variant that re-binds the node anchor: nested nodes become strict too.
    schema(runner, """
        {"$id":"https://shop.test/strict-category","$dynamicAnchor":"node","$ref":"category",
         "unevaluatedProperties":false,
         "$defs":{"category":{"$id":"category","$dynamicAnchor":"node","type":"object",
            "properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$dynamicRef":"#node"}}}}}}""")
        .valid("{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":\"c\"}]}]}")
        .invalid("{\"nmae\":\"a\"}", "{\"children\":[{\"children\":[{\"nmae\":\"c\"}]}]}",
            "{\"children\":[{\"name\":1}]}");
  }

  @RunnerSource
  void followsDynamicRefsToBooleanSchemas(Runner runner) {
    schema(runner, """
        {"$defs":{"yes":true,"no":false},
         "properties":{"a":{"$dynamicRef":"#/$defs/yes"},"b":{"$dynamicRef":"#/$defs/no"}}}""")
        .valid("{\"a\":[1]}")
        .invalid("{\"b\":null}");
  }

  @Test
  void refusesDocumentsWithExponentiallyManyDynamicScopes() {
    // Level i has two resources binding "a<i>"; every path through the levels is a distinct scope.
    StringBuilder defs = new StringBuilder();
    int levels = 20;
    for (int i = 0; i <= levels; i++) {
      for (String side : new String[] {"r", "s"}) {
        String next = i == levels ? "" : ",\"allOf\":[{\"$ref\":\"r" + (i + 1) + "\"},{\"$ref\":\"s" + (i + 1) + "\"}]";
        defs.append(defs.isEmpty() ? "" : ",").append('"').append(side).append(i).append("\":{\"$id\":\"")
            .append(side).append(i).append("\",\"$dynamicAnchor\":\"a").append(i).append('"').append(next).append('}');
      }
    }
    String schema = "{\"$id\":\"https://shop.test/blowup\",\"allOf\":[{\"$ref\":\"r0\"},{\"$ref\":\"s0\"}],"
        + "\"$defs\":{" + defs + "}}";
    assertThatThrownBy(() -> JsonSchemaCompiler.compile(schema, ValidationOptions.defaults()))
        .isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("dynamic scopes");
  }
}
