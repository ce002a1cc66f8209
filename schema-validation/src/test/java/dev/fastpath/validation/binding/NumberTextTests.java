package dev.fastpath.validation.binding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.engine.JsonTape;
import dev.fastpath.validation.schema.Schema;
import dev.fastpath.validation.schema.SchemaNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The number texts found by scanning the body match the tape's numbers, whatever strings surround them. */
class NumberTextTests {

  @RunnerSource
  void findsTheTextOfEveryNumberPastStringsWithEscapes(Runner runner) {
    JsonValidator parser = JsonValidator.of(Schema.of(SchemaNode.ANY),
        ValidationOptions.builder().runner(runner).build());
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      List<String> numbers = new ArrayList<>();
      StringBuilder json = new StringBuilder("[");
      for (int i = 0; i < 20; i++) {
        StringBuilder string = new StringBuilder("\"");
        int length = random.nextInt(40);
        for (int j = 0; j < length; j++) {
          int roll = random.nextInt(20);
          string.append(roll == 0 ? "\\\"" : roll == 1 ? "\\\\" : roll == 2 ? "1.5" : roll == 3 ? "\u00e9" : "x");
        }
        String number = switch (random.nextInt(4)) {
          case 0 -> "12.50";
          case 1 -> "-0";
          case 2 -> "1E+3";
          default -> Integer.toString(random.nextInt(1000));
        };
        numbers.add(number);
        json.append(i == 0 ? "" : ",").append(string).append("\",{\"k\\\"").append(i).append("\":").append(number)
            .append('}');
      }
      byte[] bytes = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
      List<String> found = parser.validate(bytes, bytes.length, (result, tape) -> texts(tape, bytes));
      assertThat(found).as(json.toString()).isEqualTo(numbers);
    }
  }

  private static List<String> texts(JsonTape tape, byte[] json) {
    NumberText text = new NumberText();
    text.reset(tape, json, json.length);
    List<String> found = new ArrayList<>();
    for (int i = tape.root(), end = tape.next(tape.root()); i < end; ) {
      int type = tape.type(i);
      if (type == JsonTape.INT64 || type == JsonTape.DOUBLE) {
        found.add(text.text(i));
        i += 2;
      } else {
        i++;
      }
    }
    return found;
  }
}
