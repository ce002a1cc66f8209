package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.Runner;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the tape layout the engine reads from simdjson-java 0.4.0's package-private internals, and checks that
 * the Jackson runner builds the same tape entry for entry.
 */
class JsonTapeLayoutTests {

  @Test
  void simdjsonRunsHere() {
    assertThat(RunnerSupport.simdjsonUnavailableReason()).isNull();
    assertThat(RunnerSupport.resolve(Runner.AUTO)).isEqualTo(Runner.SIMDJSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":[1,2.5,-0.0,\"x\\u00e9\",true,false,null,{}],\"b\":{\"c\":[]}}", "7", "\"s\"", "[]",
      "[9223372036854775807,-9223372036854775808,1e2,1.0]", "{\"\":{\"\":\"\\ud83d\\ude00\\n\"}}"})
  void buildsTheSameTapeWithBothRunners(String document) {
    byte[] json = document.getBytes(StandardCharsets.UTF_8);
    JsonTape simd = new JsonTape(new long[0], new byte[0]);
    new SimdJsonTapeParser(4096, 16).parse(json, json.length, simd);
    JsonTape jackson = new JsonTape(new long[0], new byte[0]);
    new JacksonTapeParser(4096, 16).parse(json, json.length, jackson);
    assertThat(describe(jackson)).isEqualTo(describe(simd));
  }

  @Test
  void readsContainersStringsAndNumbersFromTheSimdjsonTape() {
    byte[] json = "{\"k\":[10,2.5,\"v\"]}".getBytes(StandardCharsets.UTF_8);
    JsonTape tape = new JsonTape(new long[0], new byte[0]);
    new SimdJsonTapeParser(4096, 16).parse(json, json.length, tape);
    int root = tape.root();
    assertThat(tape.type(root)).isEqualTo(JsonTape.START_OBJECT);
    assertThat(tape.count(root)).isEqualTo(1);
    assertThat(tape.string(root + 1)).isEqualTo("k");
    int array = root + 2;
    assertThat(tape.type(array)).isEqualTo(JsonTape.START_ARRAY);
    assertThat(tape.count(array)).isEqualTo(3);
    assertThat(tape.longValue(array + 1)).isEqualTo(10);
    assertThat(tape.doubleValue(tape.next(array + 1))).isEqualTo(2.5);
    assertThat(tape.stringEquals(tape.next(tape.next(array + 1)), "v".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(tape.next(array)).isEqualTo(tape.end(root));
    assertThat(tape.next(root)).isEqualTo(tape.end(root) + 1);
  }

  private static String describe(JsonTape tape) {
    StringBuilder out = new StringBuilder();
    describe(tape, tape.root(), out);
    return out.toString();
  }

  private static void describe(JsonTape tape, int index, StringBuilder out) {
    int type = tape.type(index);
    out.append((char) type);
    switch (type) {
      case JsonTape.START_ARRAY, JsonTape.START_OBJECT -> {
        out.append(tape.count(index)).append('(');
        for (int i = index + 1; i < tape.end(index); i = tape.next(i)) {
          describe(tape, i, out);
          out.append(',');
        }
        out.append(')').append(tape.next(index) - index);
      }
      case JsonTape.INT64 -> out.append(tape.longValue(index));
      case JsonTape.DOUBLE -> out.append(tape.doubleValue(index));
      case JsonTape.STRING -> out.append(tape.string(index));
      default -> { }
    }
  }
}
