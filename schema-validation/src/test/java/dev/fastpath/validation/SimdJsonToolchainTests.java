package dev.fastpath.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simdjson.JsonValue;
import org.simdjson.SimdJsonParser;

/** Proves simdjson-java runs under the project's JVM flags (Vector API module present). */
class SimdJsonToolchainTests {

  @Test
  void vectorApiModuleIsPresent() {
    assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
  }

  @Test
  void parsesADocumentWithASmallParser() {
    SimdJsonParser parser = new SimdJsonParser(64 * 1024, 64);
    byte[] json = "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"AB-123\",\"qty\":2},{\"sku\":\"ZX-9\",\"qty\":1}]}"
        .getBytes(StandardCharsets.UTF_8);

    JsonValue root = parser.parse(json, json.length);

    assertThat(root.isObject()).isTrue();
    assertThat(root.get("customerId").asString()).isEqualTo("c-42");
    List<Long> quantities = new ArrayList<>();
    for (Iterator<JsonValue> items = root.get("items").arrayIterator(); items.hasNext(); ) {
      quantities.add(items.next().get("qty").asLong());
    }
    assertThat(quantities).containsExactly(2L, 1L);
  }
}
