package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.jsonschema.JsonSchemaCompiler;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both runners give the same result (outcome and violations) on generated documents, well-formed or not. */
class RunnerAgreementTests {

  private static final String[] SCHEMAS = {
      "true",
      "{\"type\":\"object\",\"required\":[\"a\"],\"properties\":{\"a\":{\"type\":\"integer\",\"maximum\":50},"
          + "\"b\":{\"type\":\"array\",\"items\":{\"type\":[\"string\",\"null\"],\"maxLength\":3},\"uniqueItems\":true}},"
          + "\"additionalProperties\":{\"type\":\"number\",\"multipleOf\":0.5}}",
      "{\"items\":{\"anyOf\":[{\"type\":\"string\",\"pattern\":\"^[a-c]+$\"},{\"type\":\"object\",\"minProperties\":2}]},"
          + "\"contains\":{\"const\":1},\"unevaluatedItems\":false}"};

  @Test
  void agreeOnGeneratedDocuments() {
    for (int seed = 1; seed <= 4; seed++) {
      agreeOnGeneratedDocuments(new Random(seed));
    }
  }

  private static void agreeOnGeneratedDocuments(Random random) {
    for (String schema : SCHEMAS) {
      JsonValidator simd = JsonSchemaCompiler.compile(schema, ValidationOptions.builder().runner(Runner.SIMDJSON)
          .maxBodyBytes(8192).maxDepth(6).build());
      JsonValidator jackson = JsonSchemaCompiler.compile(schema, ValidationOptions.builder().runner(Runner.JACKSON)
          .maxBodyBytes(8192).maxDepth(6).build());
      for (int i = 0; i < 1000; i++) {
        String document = value(random, 0);
        if (random.nextInt(10) == 0) {
          document = corrupt(random, document);
        }
        byte[] json = document.getBytes(StandardCharsets.UTF_8);
        ValidationResult a = simd.validate(json, json.length);
        ValidationResult b = jackson.validate(json, json.length);
        assertThat(a.outcome()).as(document).isEqualTo(b.outcome());
        assertThat(a.violations()).as(document).isEqualTo(b.violations());
      }
    }
  }

  private static String value(Random random, int depth) {
    int kind = random.nextInt(depth > 6 ? 5 : 8);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> Long.toString(random.nextInt(120) - 20);
      case 3 -> new String[] {"0.5", "1.0", "-2.5e1", "1e2", "3.25", "12345678901234567890", "1e400", "-0"}[random.nextInt(8)];
      case 4 -> new String[] {"\"\"", "\"abc\"", "\"abcd\"", "\"a\\u00e9\"", "\"\\ud83d\\ude00\"", "\"x\\ny\"", "\"cab\""}[random.nextInt(7)];
      case 5, 6 -> {
        StringBuilder array = new StringBuilder("[");
        for (int n = random.nextInt(5); n > 0; n--) {
          array.append(value(random, depth + 1)).append(n > 1 ? "," : "");
        }
        yield array.append(']').toString();
      }
      default -> {
        StringBuilder object = new StringBuilder("{");
        int n = random.nextInt(5);
        for (int k = 0; k < n; k++) {
          object.append('"').append((char) ('a' + random.nextInt(4))).append("\":").append(value(random, depth + 1))
              .append(k < n - 1 ? "," : "");
        }
        yield object.append('}').toString();
      }
    };
  }

  private static String corrupt(Random random, String document) {
    int at = random.nextInt(document.length() + 1);
    String junk = new String[] {",", "]", "}", "\"", "x", " ", "{", "\\"}[random.nextInt(8)];
    return document.substring(0, at) + junk + document.substring(at);
  }
}
