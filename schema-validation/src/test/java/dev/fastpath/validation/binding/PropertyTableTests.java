package dev.fastpath.validation.binding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.schema.Schema;
import dev.fastpath.validation.schema.SchemaNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Member names are found by their bytes, whatever their length and the name expected, and only they match. */
class PropertyTableTests {

  private static final List<String> NAMES = List.of("", "a", "id", "abcdefg", "abcdefgh", "abcdefghi",
      "abcdefgh_abcdefgh", "abcdefgh_abcdefgX", "\u00e9t\u00e9", "zip", "address", "\ud83d\ude00x");

  private static final List<String> STRANGERS = List.of("b", "ab", "abcdef", "abcdefgX", "abcdefghX", "abcdefgh_",
      "abcdefgh_abcdefg", "abcdefgh_abcdefgY", "\u00e9t\u00e8", "zi", "zipp", "Address", "i\u0000");

  @RunnerSource
  void findsEveryNameAndNoOtherInSmallAndLargeTables(Runner runner) {
    for (int size : new int[] {1, 4, 8, 9, NAMES.size()}) {
      List<String> names = NAMES.subList(NAMES.size() - size, NAMES.size());
      // two names per slot beyond the first: aliases
      int[] slots = IntStream.range(0, size).map(i -> i / 2).toArray();
      PropertyTable table = new PropertyTable(names, slots);
      List<String> keys = new ArrayList<>(NAMES);
      keys.addAll(STRANGERS);
      List<Integer> found = find(runner, table, keys);
      for (int i = 0; i < keys.size(); i++) {
        int expected = names.indexOf(keys.get(i));
        assertThat(found.get(i)).as("%s in %s", keys.get(i), names).isEqualTo(expected < 0 ? -1 : slots[expected]);
      }
    }
  }

  /** The last key ends where the used part of the string buffer ends. */
  @RunnerSource
  void findsTheLastKeyOfTheDocument(Runner runner) {
    PropertyTable table = new PropertyTable(List.of("k", "abcdefghij"), new int[] {0, 1});
    assertThat(find(runner, table, List.of("x", "abcdefghij", "k"))).containsExactly(-1, 1, 0);
  }

  private static List<Integer> find(Runner runner, PropertyTable table, List<String> keys) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < keys.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(keys.get(i).replace("\u0000", "\\u0000")).append("\":")
          .append(i);
    }
    byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    JsonValidator parser = JsonValidator.of(Schema.of(SchemaNode.ANY),
        ValidationOptions.builder().runner(runner).build());
    return parser.validate(bytes, bytes.length, (result, tape) -> {
      assertThat(result.isValid()).isTrue();
      List<Integer> found = new ArrayList<>();
      for (int key = tape.root() + 1, end = tape.end(tape.root()); key < end; key = tape.next(key + 1)) {
        int slot = table.find(tape, key);
        int id = table.id(tape, key, -1);
        assertThat(id < 0 ? -1 : table.slot(id)).isEqualTo(slot);
        // whatever name is expected first, the answer is the same
        for (int expected = -1; expected <= keys.size() + 1; expected++) {
          assertThat(table.id(tape, key, expected)).isEqualTo(id);
        }
        found.add(slot);
      }
      return found;
    });
  }
}
