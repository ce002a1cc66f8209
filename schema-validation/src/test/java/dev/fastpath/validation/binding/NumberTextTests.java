package dev.fastpath.validation.binding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.engine.JsonTape;
import dev.fastpath.validation.schema.Schema;
import dev.fastpath.validation.schema.SchemaNode;
import java.math.BigDecimal;
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

  @RunnerSource
  void makesOneDecimalPerNumberWithTheScaleOfItsText(Runner runner) {
    JsonValidator parser = JsonValidator.of(Schema.of(SchemaNode.ANY),
        ValidationOptions.builder().runner(runner).build());
    byte[] json = "{\"a\":\"-1.5\",\"b\":[12.50,-0,1E+3,7,\"9\"],\"c\":-2.250e-1}".getBytes(StandardCharsets.UTF_8);
    List<String> described = parser.validate(json, json.length, (result, tape) -> {
      NumberText text = new NumberText();
      text.reset(tape, json, json.length);
      List<String> out = new ArrayList<>();
      for (int i = tape.root(), end = tape.next(tape.root()); i < end; i++) {
        int type = tape.type(i);
        if (type == JsonTape.INT64 || type == JsonTape.DOUBLE) {
          BigDecimal decimal = text.decimal(i);
          assertThat(text.decimal(i)).isSameAs(decimal);
          assertThat(decimal).isEqualTo(new BigDecimal(text.text(i)));
          out.add(decimal.toPlainString() + "/" + decimal.scale() + "/" + text.isIntegerLiteral(i));
          i++;
        }
      }
      // a new document (here: the same one again) makes new values
      int first = tape.root() + 5;
      BigDecimal before = text.decimal(first);
      text.reset(tape, json, json.length);
      assertThat(text.decimal(first)).isNotSameAs(before).isEqualTo(before);
      return out;
    });
    assertThat(described).containsExactly("12.50/2/false", "0/0/true", "1000/-3/false", "7/0/true",
        "-0.2250/4/false");
  }

  @RunnerSource
  void findsNumbersAroundEmptyContainersAndAtTheRoot(Runner runner) {
    JsonValidator parser = JsonValidator.of(Schema.of(SchemaNode.ANY),
        ValidationOptions.builder().runner(runner).build());
    String[][] cases = {{" -0.10 ", "-0.10"}, {"7", "7"}, {"[{},[],-1,{\"a\":[[],{}],\"b\":true},null,false,2.50e0]",
        "-1", "2.50e0"}, {"{\"x\" : [ ] , \"y\" : 1E40 }", "1E40"}, {"[\"-1\",\"2\",[[[3]]],{\"4\":{}}]", "3"}};
    for (String[] document : cases) {
      byte[] bytes = document[0].getBytes(StandardCharsets.UTF_8);
      List<String> found = parser.validate(bytes, bytes.length, (result, tape) -> texts(tape, bytes));
      assertThat(found).as(document[0]).isEqualTo(List.of(document).subList(1, document.length));
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
