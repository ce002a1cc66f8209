package dev.fastpath.validation.jsonschema;

import static dev.fastpath.validation.jsonschema.JsonSchemaCases.schema;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;

class MetaSchemaTests {

  @RunnerSource
  void validatesSchemaDocumentsAgainstTheBundledMetaSchema(Runner runner) {
    schema(runner, "{\"$ref\":\"https://json-schema.org/draft/2020-12/schema\"}")
        .valid("true", "{}", "{\"type\":[\"string\",\"null\"],\"minLength\":1}",
            "{\"$defs\":{\"a\":{\"type\":\"integer\"}},\"properties\":{\"a\":{\"$ref\":\"#/$defs/a\"}}}",
            "{\"x-vendor\":{\"type\":1}}")
        .invalid("42", "{\"type\":\"strin\"}", "{\"minLength\":-1}", "{\"required\":\"id\"}",
            "{\"properties\":{\"a\":{\"items\":{\"type\":7}}}}", "{\"$defs\":{\"a\":{\"enum\":{}}}}",
            "{\"$id\":\"https://shop.test/a#frag\"}");
  }

  @RunnerSource
  void rejectsSchemasWhosePatternsAreNotEcmaRegularExpressions(Runner runner) {
    // Only the meta-schema's "regex" formats are asserted without --assert-format (its uri formats are not).
    schema(runner, "{\"$ref\":\"https://json-schema.org/draft/2020-12/schema\"}")
        .valid("{\"pattern\":\"^[a-z]+\\\\d?$\"}", "{\"$id\":\"not a uri\"}")
        .invalid("{\"pattern\":\"\\\\a\"}", "{\"pattern\":\"(\"}", "{\"patternProperties\":{\"[z-a]\":true}}");
    schema(runner, "{\"format\":\"regex\"}").valid("\"(\"");
  }

  @RunnerSource
  void resolvesRefsIntoVocabularyMetaSchemas(Runner runner) {
    schema(runner, "{\"$ref\":\"https://json-schema.org/draft/2020-12/meta/validation#/$defs/simpleTypes\"}")
        .valid("\"string\"", "\"null\"")
        .invalid("\"strin\"", "1");
  }

  @RunnerSource
  void letsADialectExtendTheMetaSchemaThroughItsDynamicAnchor(Runner runner) {
    // A strict dialect: unknown keywords are rejected at every depth, because the meta-schema's own recursion
    // ($dynamicRef "#meta") resolves to the outermost "meta" anchor, this one.
    schema(runner, """
        {"$id":"https://shop.test/strict-meta","$dynamicAnchor":"meta",
         "$ref":"https://json-schema.org/draft/2020-12/schema","unevaluatedProperties":false}""")
        .valid("{\"type\":\"object\",\"properties\":{\"a\":{\"minimum\":1,\"title\":\"A\"}}}")
        .invalid("{\"typo\":1}", "{\"properties\":{\"a\":{\"minimun\":1}}}", "{\"items\":{\"allOf\":[{\"x\":1}]}}");
  }

  @RunnerSource
  void readsVocabularyDeclarationsAsAnnotations(Runner runner) {
    schema(runner, """
        {"$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"type":"integer"}""")
        .valid("1")
        .invalid("\"1\"");
  }
}
