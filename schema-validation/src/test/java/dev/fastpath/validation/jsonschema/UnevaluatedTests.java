package dev.fastpath.validation.jsonschema;

import static dev.fastpath.validation.jsonschema.JsonSchemaCases.schema;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;

class UnevaluatedTests {

  @RunnerSource
  void seesPropertiesEvaluatedByAdjacentAndInPlaceKeywords(Runner runner) {
    schema(runner, """
        {"properties":{"a":true},"patternProperties":{"^p-":true},
         "allOf":[{"properties":{"b":true}}],
         "anyOf":[{"properties":{"c":{"const":1}},"required":["c"]},{"properties":{"d":true},"required":["d"]}],
         "if":{"properties":{"kind":{"const":"x"}},"required":["kind"]},"then":{"properties":{"x":true}},
         "else":{"properties":{"y":true}},
         "dependentSchemas":{"a":{"properties":{"z":true}}},
         "unevaluatedProperties":false}""")
        .valid("{\"a\":1,\"p-1\":0,\"b\":0,\"c\":1,\"z\":0}", "{\"d\":0,\"kind\":\"x\",\"x\":0}", "{\"d\":0,\"y\":0}")
        .invalid("{\"d\":0,\"x\":0}", "{\"c\":2,\"d\":0}", "{\"d\":0,\"z\":0}", "{\"d\":0,\"other\":0}");
  }

  @RunnerSource
  void doesNotSeeCousinsOrFailedAlternatives(Runner runner) {
    schema(runner, "{\"allOf\":[{\"properties\":{\"foo\":true}},{\"unevaluatedProperties\":false}]}")
        .invalid("{\"foo\":1}")
        .valid("{}");
    schema(runner, "{\"properties\":{\"foo\":true},\"not\":{\"not\":{\"properties\":{\"bar\":true}}},\"unevaluatedProperties\":false}")
        .invalid("{\"foo\":1,\"bar\":1}");
  }

  @RunnerSource
  void treatsNestedUnevaluatedAsEvaluatingEverything(Runner runner) {
    schema(runner, "{\"allOf\":[{\"unevaluatedProperties\":true}],\"unevaluatedProperties\":false}")
        .valid("{\"any\":1}");
    schema(runner, "{\"properties\":{\"foo\":true},\"allOf\":[{\"unevaluatedProperties\":false}],\"unevaluatedProperties\":true}")
        .invalid("{\"foo\":1}");
  }

  @RunnerSource
  void followsRecursiveRefsPerInstanceLocation(Runner runner) {
    schema(runner, "{\"properties\":{\"x\":{\"$ref\":\"#\"}},\"unevaluatedProperties\":false}")
        .valid("{}", "{\"x\":{\"x\":{}}}")
        .invalid("{\"x\":{\"y\":1}}", "{\"x\":{\"x\":{\"x\":{},\"y\":{}}}}");
  }

  @RunnerSource
  void validatesUnevaluatedPropertiesAgainstASchema(Runner runner) {
    schema(runner, "{\"properties\":{\"a\":true},\"unevaluatedProperties\":{\"type\":\"string\",\"minLength\":2}}")
        .valid("{\"a\":1,\"b\":\"xy\"}", "[1]", "3")
        .invalid("{\"a\":1,\"b\":\"x\"}", "{\"b\":1}");
  }

  @RunnerSource
  void seesItemsEvaluatedByPrefixItemsItemsAndContains(Runner runner) {
    schema(runner, "{\"prefixItems\":[true],\"allOf\":[{\"prefixItems\":[true,true]}],\"unevaluatedItems\":false}")
        .valid("[1,2]")
        .invalid("[1,2,3]");
    schema(runner, "{\"contains\":{\"type\":\"string\"},\"unevaluatedItems\":{\"type\":\"integer\"}}")
        .valid("[\"a\",1,\"b\"]")
        .invalid("[\"a\",1.5]");
    schema(runner, "{\"anyOf\":[{\"items\":{\"type\":\"integer\"}},{\"prefixItems\":[{\"type\":\"string\"}]}],\"unevaluatedItems\":false}")
        .valid("[1,2,3]", "[\"a\"]")
        .invalid("[\"a\",\"b\"]");
  }
}
