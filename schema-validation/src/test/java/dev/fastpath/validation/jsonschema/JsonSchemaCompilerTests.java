package dev.fastpath.validation.jsonschema;

import static dev.fastpath.validation.Validation.found;
import static dev.fastpath.validation.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class JsonSchemaCompilerTests {

  private static final String ORDERS = """
      {"type":"object","required":["customerId","items"],"additionalProperties":false,
       "properties":{
         "customerId":{"type":"string","minLength":1,"maxLength":64,"pattern":"\\\\S"},
         "items":{"type":"array","minItems":1,"maxItems":100,"items":{
            "type":"object","required":["sku","qty"],
            "properties":{"sku":{"type":"string","pattern":"^[A-Z0-9-]{3,32}$"},
                          "qty":{"type":"integer","minimum":1,"maximum":1000}}}},
         "note":{"type":"string","maxLength":200}}}
      """;

  @RunnerSource
  void acceptsAValidOrder(Runner runner) {
    ValidationResult result = validate(runner, ORDERS,
        "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"AB-123\",\"qty\":2},{\"sku\":\"ZX-9\",\"qty\":1}]}");
    assertThat(result.isValid()).as(result.toString()).isTrue();
  }

  @RunnerSource
  void reportsEveryViolationWithItsPointer(Runner runner) {
    ValidationResult result = validate(runner, ORDERS,
        "{\"customerId\":\"\",\"items\":[{\"sku\":\"a\",\"qty\":0},{\"qty\":2.5}],\"extra\":1}");
    assertThat(result.outcome()).isEqualTo(ValidationResult.Outcome.INVALID);
    assertThat(found(result)).containsExactlyInAnyOrder("/customerId minLength", "/customerId pattern",
        "/items/0/sku pattern", "/items/0/qty minimum", "/items/1/qty type", "/items/1/sku required",
        "/extra additionalProperties");
  }

  @RunnerSource
  void rejectsMalformedJsonWithAPosition(Runner runner) {
    ValidationResult result = validate(runner, ORDERS, "{\"customerId\": tru}");
    assertThat(result.outcome()).isEqualTo(ValidationResult.Outcome.MALFORMED);
    assertThat(result.jsonError().byteOffset()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void rejectsUnknownKeywordsNamingThem() {
    assertThatThrownBy(() -> JsonSchemaCompiler.compile("{\"properties\":{\"a\":{\"minimun\":1}}}",
        ValidationOptions.defaults()))
        .isInstanceOf(UnsupportedSchemaException.class)
        .hasMessageContaining("minimun").hasMessageContaining("#/properties/a/minimun");
  }
}
