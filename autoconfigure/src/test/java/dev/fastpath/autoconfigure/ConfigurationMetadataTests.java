package dev.fastpath.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The metadata the configuration processor generates, and the reference page that documents it. */
class ConfigurationMetadataTests {

  private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

  private static final List<String> OPERATOR_NAMES = List.of("fastpath.transport.engine",
      "fastpath.transport.event-loops", "fastpath.transport.reuse-port", "fastpath.transport.unix-socket",
      "fastpath.limits.max-header-size", "fastpath.limits.max-body-size", "fastpath.limits.max-connections",
      "fastpath.timeouts.header-read", "fastpath.timeouts.idle", "fastpath.execution.max-concurrency",
      "fastpath.validation.runner", "fastpath.access-log.enabled");

  @Test
  void everyPropertyHasADescriptionAndTheOperatorNamesExist() throws Exception {
    List<JsonNode> properties = properties();

    assertThat(properties).extracting(node -> node.get("name").asString()).containsAll(OPERATOR_NAMES);
    assertThat(properties).hasSizeGreaterThanOrEqualTo(28)
        .allSatisfy(node -> assertThat(node.path("description").asString()).as(node.get("name").asString())
            .isNotBlank());
  }

  @Test
  void defaultsAreInTheMetadata() throws Exception {
    assertThat(defaultOf("fastpath.limits.max-header-size")).isEqualTo("8KB");
    assertThat(defaultOf("fastpath.limits.max-body-size")).isEqualTo("2MB");
    assertThat(defaultOf("fastpath.timeouts.header-read")).isEqualTo("10s");
    assertThat(defaultOf("fastpath.transport.engine")).isEqualTo("auto");
    assertThat(defaultOf("fastpath.transport.event-loops")).isEqualTo("0");
    assertThat(defaultOf("fastpath.access-log.enabled")).isEqualTo("false");
  }

  @Test
  void theConfigurationReferenceListsEveryProperty() throws Exception {
    String reference = Files.readString(Path.of("../docs/configuration.md"));

    assertThat(properties()).allSatisfy(node -> assertThat(reference).as("docs/configuration.md")
        .contains("`" + node.get("name").asString() + "`"));
  }

  private static String defaultOf(String name) throws Exception {
    return properties().stream().filter(node -> node.get("name").asString().equals(name)).findFirst().orElseThrow()
        .get("defaultValue").asString();
  }

  private static List<JsonNode> properties() throws Exception {
    JsonNode metadata = JsonMapper.builder().build().readTree(Files.readString(METADATA));
    return metadata.get("properties").valueStream().toList();
  }
}
