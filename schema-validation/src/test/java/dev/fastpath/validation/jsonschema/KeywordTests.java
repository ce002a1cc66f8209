package dev.fastpath.validation.jsonschema;

import static dev.fastpath.validation.Validation.found;
import static dev.fastpath.validation.Validation.validate;
import static dev.fastpath.validation.jsonschema.JsonSchemaCases.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.Violation;
import java.nio.charset.StandardCharsets;

class KeywordTests {

  @RunnerSource
  void readsDraft7DependenciesAsDependentRequiredOrDependentSchemas(Runner runner) {
    schema(runner, """
        {"dependencies":{"card":["billing"],"gift":{"required":["recipient"],
                                                     "properties":{"recipient":{"type":"string"}}}}}""")
        .valid("{}", "{\"billing\":1}", "{\"card\":1,\"billing\":2}", "{\"gift\":true,\"recipient\":\"Ann\"}",
            "[\"card\"]")
        .invalid("{\"card\":1}", "{\"gift\":true}", "{\"gift\":true,\"recipient\":7}");
  }

  @RunnerSource
  void countsStringLengthInCodePoints(Runner runner) {
    schema(runner, "{\"minLength\":2,\"maxLength\":3}")
        .valid("\"ab\"", "\"\uD83D\uDE00\uD83D\uDE00\"", "\"h\u00e9\u00e9\"", "12", "null")
        .invalid("\"a\"", "\"\uD83D\uDE00\"", "\"abcd\"", "\"\u00e9\u00e9\u00e9\u00e9\"");
  }

  @RunnerSource
  void searchesPatternsUnanchoredWithEcmaEndOfInput(Runner runner) {
    schema(runner, "{\"pattern\":\"b+\"}").valid("\"abbbc\"", "1").invalid("\"ac\"");
    schema(runner, "{\"pattern\":\"^[A-Z0-9-]{3,32}$\"}").valid("\"AB-123\"").invalid("\"AB-123\\n\"", "\"ab\"");
    schema(runner, "{\"pattern\":\"^\\\\s$\"}").valid("\"\\u00a0\"", "\"\\ufeff\"").invalid("\"x\"");
    schema(runner, "{\"pattern\":\"^\\\\p{Letter}+$\"}").valid("\"Hello\"", "\"\u03c0\"").invalid("\"123\"");
    schema(runner, "{\"pattern\":\"^\\\\p{Script=Greek}$\"}").valid("\"\u03c0\"").invalid("\"p\"");
    schema(runner, "{\"pattern\":\"^\\\\u{1F600}$\"}").valid("\"\uD83D\uDE00\"").invalid("\"x\"");
  }

  @RunnerSource
  void treatsFormatAsAnAnnotationUnlessAsserted(Runner runner) {
    schema(runner, "{\"format\":\"email\"}").valid("\"not an email\"");
    JsonValidator asserted = JsonSchemaCompiler.compile("{\"format\":\"date\"}",
        ValidationOptions.builder().runner(runner).assertFormats(true).build());
    assertThat(validate(asserted, "\"2024-02-29\"").isValid()).isTrue();
    assertThat(validate(asserted, "\"2023-02-29\"").isValid()).isFalse();
    assertThat(validate(asserted, "42").isValid()).isTrue();
  }

  @RunnerSource
  void assertsTheOpenApiIntegerFormatsOnNumbers(Runner runner) {
    ValidationOptions assertFormats = ValidationOptions.builder().runner(runner).assertFormats(true).build();
    JsonValidator int32 = JsonSchemaCompiler.compile("{\"format\":\"int32\"}", assertFormats);
    JsonValidator int64 = JsonSchemaCompiler.compile("{\"format\":\"int64\"}", assertFormats);
    for (String ok : new String[] {"7", "-2147483648", "2147483647", "2.0", "\"1.5\"", "null"}) {
      assertThat(validate(int32, ok).isValid()).as(ok).isTrue();
      assertThat(validate(int64, ok).isValid()).as(ok).isTrue();
    }
    for (String bad : new String[] {"2147483648", "-2147483649", "1.5", "1e10"}) {
      assertThat(validate(int32, bad).isValid()).as(bad).isFalse();
    }
    assertThat(validate(int64, "9223372036854775807").isValid()).isTrue();
    assertThat(validate(int64, "-9223372036854775808").isValid()).isTrue();
    assertThat(validate(int64, "1e10").isValid()).isTrue();
    assertThat(validate(int64, "1.1").isValid()).isFalse();
    assertThat(validate(int64, "1e19").isValid()).isFalse();
    schema(runner, "{\"format\":\"int32\"}").valid("1.5"); // an annotation unless asserted
  }

  @RunnerSource
  void comparesNumbersExactly(Runner runner) {
    schema(runner, "{\"type\":\"integer\"}").valid("1", "1.0", "1e2", "-0", "9223372036854775807",
        "123456789012345678901234567890").invalid("1.5", "\"1\"");
    schema(runner, "{\"minimum\":0.1,\"exclusiveMaximum\":0.3}").valid("0.1", "0.2", "0.29999999999999")
        .invalid("0.09999999999999", "0.3", "0.30000000000000004e0", "-5");
    schema(runner, "{\"maximum\":9007199254740993}").valid("9007199254740993", "9007199254740992")
        .invalid("9007199254740994");
    schema(runner, "{\"exclusiveMinimum\":-1.5,\"maximum\":1e3}").valid("-1", "1000", "999.999")
        .invalid("-1.5", "1000.0001", "1001");
  }

  @RunnerSource
  void treatsNumbersIndistinguishableAtDoublePrecisionAsEqual(Runner runner) {
    schema(runner, "{\"maximum\":18446744073709551615}").valid("18446744073709551600", "18446744073709551600.5");
    schema(runner, "{\"exclusiveMaximum\":972783798187987123879878123.18878137}")
        .invalid("972783798187987123879878123", "972783798187987123879878123.188781371");
    schema(runner, "{\"minimum\":0.10000000000000001}").invalid("0.1");
    schema(runner, "{\"type\":\"integer\"}").valid("-12345678910111213141516171819202122232425262728293031.0");
  }

  @RunnerSource
  void checksMultipleOfWithDecimalDivisors(Runner runner) {
    schema(runner, "{\"multipleOf\":0.01}").valid("19.99", "0.07", "5", "0", "1e2").invalid("0.075", "19.995");
    schema(runner, "{\"multipleOf\":0.0001}").valid("0.0075", "12391239123").invalid("0.00751");
    schema(runner, "{\"multipleOf\":3}").valid("9", "-9", "9.0", "0").invalid("10", "4.5");
    schema(runner, "{\"type\":\"integer\",\"multipleOf\":0.123456789}").invalid("1e308");
  }

  @RunnerSource
  void validatesArrays(Runner runner) {
    schema(runner, "{\"minItems\":1,\"maxItems\":2,\"items\":{\"type\":\"integer\"}}").valid("[1]", "[1,2]", "{}")
        .invalid("[]", "[1,2,3]", "[1,\"x\"]");
    schema(runner, "{\"uniqueItems\":true}")
        .valid("[1,2]", "[[1],[2]]", "[{\"a\":1},{\"a\":2}]", "[0,false]", "[1,true]")
        .invalid("[1,1.0]", "[{\"a\":1,\"b\":2},{\"b\":2,\"a\":1}]", "[[1],[1.0]]", "[\"a\",\"a\"]");
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 500; i++) {
      many.append(i).append(',');
    }
    schema(runner, "{\"uniqueItems\":true}").valid(many + "500]").invalid(many + "250.0]");
    schema(runner, "{\"contains\":{\"const\":1},\"minContains\":2,\"maxContains\":3}")
        .valid("[1,1]", "[1,2,1,1]").invalid("[1]", "[1,1,1,1]", "[]");
    schema(runner, "{\"contains\":{\"const\":1},\"minContains\":0}").valid("[]", "[2]");
  }

  @RunnerSource
  void validatesObjects(Runner runner) {
    schema(runner, """
        {"properties":{"a":{"type":"integer"}},"patternProperties":{"^x-":{"type":"string"}},
         "additionalProperties":{"type":"boolean"},"propertyNames":{"maxLength":5},
         "minProperties":1,"maxProperties":3,"dependentRequired":{"a":["b"]}}""")
        .valid("{\"a\":1,\"b\":true}", "{\"x-1\":\"s\"}", "[]")
        .invalid("{}", "{\"a\":1}", "{\"x-1\":1}", "{\"c\":1}", "{\"longname\":true}",
            "{\"b\":true,\"c\":true,\"d\":true,\"e\":true}");
  }

  @RunnerSource
  void appliesCombinators(Runner runner) {
    schema(runner, "{\"oneOf\":[{\"type\":\"integer\"},{\"minimum\":2}]}").valid("1", "2.5").invalid("3", "0.5");
    schema(runner, "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]}").valid("\"x\"", "null").invalid("1");
    schema(runner, "{\"not\":{\"type\":\"string\"}}").valid("1").invalid("\"x\"");
    schema(runner, "{\"if\":{\"minimum\":10},\"then\":{\"multipleOf\":10},\"else\":{\"maximum\":5}}")
        .valid("20", "3").invalid("15", "7");
    schema(runner, "{\"allOf\":[{\"minimum\":1},{\"maximum\":3}]}").valid("2").invalid("0", "4");
    schema(runner, "{\"const\":{\"a\":[1,{\"b\":null}]}}").valid("{\"a\":[1.0,{\"b\":null}]}")
        .invalid("{\"a\":[1,{\"b\":false}]}", "{\"a\":[1,{\"b\":null}],\"c\":1}");
    schema(runner, "false").invalid("1", "{}");
    schema(runner, "true").valid("1", "{}");
  }

  @RunnerSource
  void escapesPointersAndOffersPropertyPaths(Runner runner) {
    ValidationResult result = validate(runner, "{\"properties\":{\"a/b\":{\"items\":{\"properties\":{\"m~n\":{\"type\":\"string\"}}}}}}",
        "{\"a/b\":[{\"m~n\":\"ok\"},{\"m~n\":1}]}");
    Violation violation = result.violations().getFirst();
    assertThat(violation.pointer().toString()).isEqualTo("/a~1b/1/m~0n");
    assertThat(violation.pointer().toPropertyPath()).isEqualTo("a/b[1].m~n");
    assertThat(violation.pointer().segments()).containsExactly("a/b", 1, "m~n");
  }

  @RunnerSource
  void collectsViolationsUpToTheMaximum(Runner runner) {
    JsonValidator validator = JsonSchemaCompiler.compile("{\"items\":{\"type\":\"string\"}}",
        ValidationOptions.builder().runner(runner).maxViolations(3).build());
    byte[] json = "[1,2,3,4,5]".getBytes(StandardCharsets.UTF_8);
    ValidationResult result = validator.validate(json, json.length);
    assertThat(found(result)).containsExactly("/0 type", "/1 type", "/2 type");
    assertThat(result.truncated()).isTrue();
  }

  @RunnerSource
  void reportsMissingRequiredPropertiesAtTheirPointer(Runner runner) {
    ValidationResult result = validate(runner, "{\"properties\":{\"o\":{\"required\":[\"x\",\"y\"]}}}", "{\"o\":{\"y\":1}}");
    assertThat(found(result)).containsExactly("/o/x required");
    assertThat(result.violations().getFirst().message()).isEqualTo("is required");
  }
}
