package dev.fastpath.validation.jsonschema;

import static dev.fastpath.validation.jsonschema.JsonSchemaCases.schema;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.ValidationOptions;
import org.junit.jupiter.api.Test;

class RefTests {

  @RunnerSource
  void followsPointerRefsWithEscapes(Runner runner) {
    schema(runner, """
        {"$defs":{"a~b":{"type":"integer"},"c/d":{"type":"string"},"e%f":{"type":"boolean"},"g\\"h":{"type":"null"}},
         "properties":{"t":{"$ref":"#/$defs/a~0b"},"s":{"$ref":"#/$defs/c~1d"},"p":{"$ref":"#/$defs/e%25f"},
                       "q":{"$ref":"#/$defs/g%22h"}}}""")
        .valid("{\"t\":1,\"s\":\"x\",\"p\":true,\"q\":null}")
        .invalid("{\"t\":\"1\"}", "{\"s\":1}", "{\"p\":1}", "{\"q\":1}");
  }

  @RunnerSource
  void followsRecursiveRefsAcrossEmbeddedResources(Runner runner) {
    schema(runner, """
        {"$id":"http://example.com/tree","type":"object","required":["nodes"],
         "properties":{"nodes":{"type":"array","items":{"$ref":"node"}}},
         "$defs":{"node":{"$id":"http://example.com/node","type":"object","required":["value"],
            "properties":{"value":{"type":"number"},"subtree":{"$ref":"tree"}}}}}""")
        .valid("{\"nodes\":[{\"value\":1,\"subtree\":{\"nodes\":[{\"value\":1.5}]}}]}")
        .invalid("{\"nodes\":[{\"value\":1,\"subtree\":{\"nodes\":[{\"value\":\"x\"}]}}]}");
  }

  @RunnerSource
  void resolvesPointerRefsUnderAFileBaseWithAnEmptyAuthority(Runner runner) {
    // java.net.URI drops the empty authority of file:///... when resolving; both spellings are one resource.
    schema(runner, """
        {"$id":"file:///schemas/order.json","$defs":{"qty":{"type":"integer"}},
         "properties":{"a":{"$ref":"#/$defs/qty"},"b":{"$ref":"file:///schemas/order.json#/$defs/qty"},
                       "c":{"$ref":"order.json#/$defs/qty"}}}""")
        .valid("{\"a\":1,\"b\":2,\"c\":3}")
        .invalid("{\"a\":\"1\"}", "{\"b\":1.5}", "{\"c\":[]}");
  }

  @RunnerSource
  void appliesRefAlongsideSiblingKeywords(Runner runner) {
    schema(runner, "{\"$defs\":{\"arr\":{\"type\":\"array\"}},\"$ref\":\"#/$defs/arr\",\"maxItems\":2}")
        .valid("[]", "[1,2]")
        .invalid("[1,2,3]", "\"x\"");
  }

  @RunnerSource
  void resolvesAnchorsAndRelativeIds(Runner runner) {
    schema(runner, """
        {"$id":"/root/base.json","$ref":"#big","$defs":{
           "a":{"$anchor":"big","maximum":10},
           "b":{"$id":"/root/other/","$anchor":"big","maximum":2},
           "c":{"$id":"int.json","minimum":0}},
         "allOf":[{"$ref":"int.json"}]}""")
        .valid("5", "0")
        .invalid("50", "-1");
  }

  @RunnerSource
  void resolvesUrnIdsAndRefsToBooleanSchemas(Runner runner) {
    schema(runner, """
        {"$id":"urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed","minimum":30,
         "properties":{"foo":{"$ref":"urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed"},
                       "no":{"$ref":"#/$defs/never"}},
         "$defs":{"never":false}}""")
        .valid("{\"foo\":37}")
        .invalid("{\"foo\":12}", "{\"no\":1}");
  }

  @RunnerSource
  void keepsEnumContentsLiteral(Runner runner) {
    schema(runner, "{\"$defs\":{\"s\":{\"type\":\"string\"}},\"enum\":[{\"$ref\":\"#/$defs/s\"}]}")
        .valid("{\"$ref\":\"#/$defs/s\"}")
        .invalid("\"a string\"");
  }

  @Test
  void reportsRemoteRefsAsUnsupported() {
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"$ref\":\"https://json-schema.org/draft/2019-09/schema\"}",
        ValidationOptions.defaults())).isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("$ref");
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"$ref\":\"other.json#/a\"}",
        ValidationOptions.defaults())).isInstanceOf(UnsupportedSchemaException.class);
  }

  @Test
  void rejectsDynamicRefsWithoutTargetAndOlderDrafts() {
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"$dynamicRef\":\"#a\"}", ValidationOptions.defaults()))
        .isInstanceOf(SchemaException.class).hasMessageContaining("no such anchor");
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"$recursiveRef\":\"#\"}", ValidationOptions.defaults()))
        .isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("$recursiveRef");
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"$schema\":\"http://json-schema.org/draft-07/schema#\"}",
        ValidationOptions.defaults())).isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("$schema");
  }

  @Test
  void rejectsRefsThatLoopWithoutConsumingInput() {
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"$defs\":{\"a\":{\"$ref\":\"#/$defs/b\"},\"b\":{\"$ref\":\"#/$defs/a\"}},\"$ref\":\"#/$defs/a\"}",
        ValidationOptions.defaults())).isInstanceOf(UnsupportedSchemaException.class).hasMessageContaining("loop");
  }

  @Test
  void rejectsRefsToMissingLocations() {
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"$ref\":\"#/$defs/missing\"}", ValidationOptions.defaults()))
        .isInstanceOf(SchemaException.class).hasMessageContaining("#/$ref");
  }
}
