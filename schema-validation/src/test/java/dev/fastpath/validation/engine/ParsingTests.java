package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.ValidationResult.Outcome;
import dev.fastpath.validation.jsonschema.JsonSchemaCompiler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What both runners accept as a document, and how they refuse the rest. */
class ParsingTests {

  private static JsonValidator validator(Runner runner, String schema, int maxBody, int maxDepth) {
    return JsonSchemaCompiler.compile(schema,
        ValidationOptions.builder().runner(runner).maxBodyBytes(maxBody).maxDepth(maxDepth).build());
  }

  private static ValidationResult run(JsonValidator validator, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return validator.validate(bytes, bytes.length);
  }

  @RunnerSource
  void rejectsMalformedDocumentsAsMalformed(Runner runner) {
    JsonValidator validator = validator(runner, "true", 4096, 32);
    for (String bad : new String[] {"", "   ", "{", "[1,]", "{\"a\" 1}", "[01]", "[1.]", "tru", "[1] x", "[1][2]",
        "{'a':1}", "[NaN]", "\"\\x\"", "\"a\tb\"", "[\"\\ud800\"]", "{\"a\":1,}"}) {
      ValidationResult result = run(validator, bad);
      assertThat(result.outcome()).as(bad).isEqualTo(Outcome.MALFORMED);
      assertThat(result.jsonError()).as(bad).isNotNull();
    }
  }

  @RunnerSource
  void rejectsInvalidUtf8(Runner runner) {
    JsonValidator validator = validator(runner, "true", 4096, 32);
    for (byte[] bad : new byte[][] {{'"', (byte) 0xC0, (byte) 0x80, '"'}, {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
        {'"', (byte) 0xFF, '"'}, {'"', (byte) 0xE2, (byte) 0x82, '"'}}) {
      assertThat(validator.validate(bad, bad.length).outcome()).isEqualTo(Outcome.MALFORMED);
    }
  }

  @RunnerSource
  void givesTheByteOffsetOfSyntaxErrors(Runner runner) {
    ValidationResult result = run(validator(runner, "true", 4096, 32), "{\"a\":[1,2,}");
    assertThat(result.jsonError().byteOffset()).isBetween(9L, 11L);
  }

  @RunnerSource
  void treatsNumbersBeyondTheDoubleRangeAsMalformed(Runner runner) {
    JsonValidator validator = validator(runner, "true", 4096, 32);
    assertThat(run(validator, "[1e999]").outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(run(validator, "{\"a\":-1e309}").outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(run(validator, "[1e999]").jsonError().message()).contains("out of range");
    assertThat(run(validator, "[1e308, 1e-999]").outcome()).isEqualTo(Outcome.VALID);
  }

  @RunnerSource
  void readsIntegersBeyond64BitsAsTheirNearestDouble(Runner runner) {
    JsonValidator validator = validator(runner, "{\"items\":{\"type\":\"integer\",\"minimum\":1e19}}", 4096, 32);
    assertThat(run(validator, "[12345678901234567890123, 18446744073709551616]").outcome()).isEqualTo(Outcome.VALID);
    assertThat(run(validator, "[-12345678901234567890123]").outcome()).isEqualTo(Outcome.INVALID);
  }

  @RunnerSource
  void rejectsDuplicateMemberNames(Runner runner) {
    JsonValidator validator = validator(runner, "true", 4096, 32);
    assertThat(run(validator, "{\"a\":1,\"a\":2}").outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(run(validator, "[{\"b\":{\"x\":1,\"y\":2,\"x\":3}}]").outcome()).isEqualTo(Outcome.MALFORMED);
    StringBuilder large = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      large.append("\"k").append(i).append("\":").append(i).append(',');
    }
    assertThat(run(validator, large + "\"k0\":1}").outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(run(validator, large + "\"k40\":1}").outcome()).isEqualTo(Outcome.VALID);
  }

  @RunnerSource
  void refusesDocumentsLargerThanTheLimit(Runner runner) {
    JsonValidator validator = validator(runner, "true", 16, 32);
    assertThat(run(validator, "[1,2,3,4,5,6,7]").outcome()).isEqualTo(Outcome.VALID);
    assertThat(run(validator, "[1,2,3,4,5,6,7,8]").outcome()).isEqualTo(Outcome.TOO_LARGE);
  }

  @RunnerSource
  void refusesDocumentsNestedDeeperThanTheLimit(Runner runner) {
    JsonValidator validator = validator(runner, "true", 4096, 3);
    assertThat(run(validator, "[[[1]]]").outcome()).isEqualTo(Outcome.VALID);
    assertThat(run(validator, "{\"a\":[{\"b\":1}]}").outcome()).isEqualTo(Outcome.VALID);
    assertThat(run(validator, "[[[[1]]]]").outcome()).isEqualTo(Outcome.TOO_DEEP);
    assertThat(run(validator, "[[[{\"a\":1}]]]").outcome()).isEqualTo(Outcome.TOO_DEEP);
    assertThat(run(validator, "[[[{}]]]").outcome()).isEqualTo(Outcome.TOO_DEEP);
    assertThat(run(validator, "[[[]]]").outcome()).isEqualTo(Outcome.VALID);
    assertThat(run(validator(runner, "true", 1 << 16, 256), "[".repeat(5000) + "]".repeat(5000)).outcome())
        .isEqualTo(Outcome.TOO_DEEP);
  }

  @RunnerSource
  void survivesWorstCaseDocumentsAtTheSizeLimit(Runner runner) {
    int limit = 3000;
    JsonValidator validator = validator(runner, "true", limit, 32);
    for (String unit : new String[] {"\"\",", "0,", "{},", "[],", "{\"\":0},"}) {
      String body = "[" + unit.repeat((limit - 2) / unit.length());
      body = body.substring(0, body.length() - 1) + "]";
      assertThat(run(validator, body).outcome()).as(unit).isEqualTo(Outcome.VALID);
    }
  }

  @RunnerSource
  void ignoresBytesBeyondTheLengthInAReusedBuffer(Runner runner) {
    JsonValidator validator = validator(runner, "{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}", 4096, 32);
    byte[] scratch = new byte[256];
    Arrays.fill(scratch, (byte) '"');
    byte[] json = "[1,2]".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(json, 0, scratch, 0, json.length);
    assertThat(validator.validate(scratch, json.length).outcome()).isEqualTo(Outcome.VALID);
    byte[] tight = "[1,\"x\"]".getBytes(StandardCharsets.UTF_8);
    assertThat(validator.validate(tight, tight.length).outcome()).isEqualTo(Outcome.INVALID);
    byte[] number = new byte[100];
    Arrays.fill(number, (byte) '7');
    number[0] = '4';
    number[1] = '2';
    assertThat(validator(runner, "{\"maximum\":42}", 4096, 32).validate(number, 2).outcome()).isEqualTo(Outcome.VALID);
  }

  @RunnerSource
  void handsTheTapeOfAValidDocumentToTheHandler(Runner runner) {
    JsonValidator validator = validator(runner, "{\"type\":\"object\"}", 4096, 32);
    byte[] json = "{\"id\":7,\"name\":\"x\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    String seen = validator.validate(json, json.length, (result, tape) -> {
      int root = tape.root();
      int key = root + 1;
      return tape.type(root) == JsonTape.START_OBJECT && tape.count(root) == 2 ? tape.string(key) + "="
          + tape.longValue(key + 1) + "," + tape.string(tape.next(key + 1)) + "=" + tape.string(tape.next(key + 1) + 1) : "?";
    });
    assertThat(seen).isEqualTo("id=7,name=x\u00e9");
    byte[] bad = "[]".getBytes(StandardCharsets.UTF_8);
    Boolean refused = validator.validate(bad, bad.length, (result, tape) -> tape == null && !result.isValid());
    assertThat(refused).isTrue();
  }
}
