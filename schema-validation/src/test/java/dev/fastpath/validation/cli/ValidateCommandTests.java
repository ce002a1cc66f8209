package dev.fastpath.validation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return new ValidateCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String out() {
    return this.out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsOneVerdictPerBatchLineAndKeepsGoing() {
    String lines = String.join("\n",
        "{\"schema\":{\"type\":\"integer\"},\"instance\":1}",
        "{\"schema\":{\"type\":\"integer\"},\"instance\":1.5}",
        "",
        "{\"schema\":{\"$ref\":\"https://example.test/other.json\"},\"instance\":1}",
        "not json",
        "{\"schema\":{}}",
        "{\"schema\":{\"minimum\":\"x\"},\"instance\":1}",
        "{\"schema\":{\"type\":\"integer\"},\"instance\":12345678901234567890123}",
        "{\"schema\":true,\"instance\":1e999}",
        "[" + "[".repeat(3000) + "]".repeat(3000) + "]",
        "{\"schema\":{\"properties\":{\"a\":{\"minLength\":2}}},\"instance\":{\"a\":\"x\"}}");
    int status = run(lines, "batch", "-");
    assertThat(status).isZero();
    assertThat(out().lines().map(line -> line.split(" ")[0]).toList()).containsExactly(
        "valid", "invalid", "error", "unsupported", "error", "error", "error", "valid", "error", "error", "invalid");
    assertThat(out().lines().toList().get(2)).isEqualTo("error empty line");
    assertThat(out().lines().toList().get(3)).startsWith("unsupported $ref").doesNotContain("unsupported unsupported");
  }

  @Test
  void runsTheMainEntryPointOnABatchFile(@TempDir Path dir) throws Exception {
    Path batch = dir.resolve("cases.jsonl");
    Files.writeString(batch, "{\"schema\":{\"uniqueItems\":true},\"instance\":[1,1.0]}\n"
        + "{\"schema\":{\"uniqueItems\":true},\"instance\":[1,2]}\n");
    assertThat(run("", "--runner", "jackson", "batch", batch.toString())).isZero();
    assertThat(out()).isEqualTo("invalid\nvalid\n");
  }

  @Test
  void validatesFilesWithExitCodes(@TempDir Path dir) throws Exception {
    Path schema = Files.writeString(dir.resolve("s.json"), "{\"required\":[\"id\"],\"properties\":{\"id\":{\"type\":\"integer\"}}}");
    Path valid = Files.writeString(dir.resolve("v.json"), "{\"id\":1}");
    Path invalid = Files.writeString(dir.resolve("i.json"), "{\"id\":\"x\",\"other\":{}}");
    Path broken = Files.writeString(dir.resolve("b.json"), "{\"id\":");
    Path unsupported = Files.writeString(dir.resolve("u.json"), "{\"nullable\":true}");
    assertThat(run("", "validate", schema.toString(), valid.toString())).isEqualTo(0);
    assertThat(run("", "validate", schema.toString(), invalid.toString())).isEqualTo(1);
    assertThat(out()).contains("/id type must be an integer");
    assertThat(run("", "validate", unsupported.toString(), valid.toString())).isEqualTo(2);
    assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("nullable");
    assertThat(run("", "validate", schema.toString(), broken.toString())).isEqualTo(3);
    assertThat(run("", "validate", schema.toString(), dir.resolve("missing.json").toString())).isEqualTo(3);
    assertThat(run("", "frobnicate")).isEqualTo(3);
  }
}
