package dev.fastpath.validation.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.schema.JsonLiteral;
import dev.fastpath.validation.schema.JsonLiteralReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the official JSON-Schema-Test-Suite (draft 2020-12) from a directory given by
 * {@code -Djsonschema.suite.dir=.../tests/draft2020-12} (skipped without it; the suite is not committed).
 * {@code -Djsonschema.suite.recursive=true} includes sub-directories ({@code optional/}, which then runs with
 * format assertion for {@code optional/format}). Every case runs on both runners and passes only if both give
 * the expected verdict; a case whose schema is rejected as unsupported counts as unsupported, never failed.
 * Writes the per-file table to {@code target/jsonschema-suite.txt} and fails on any failed case.
 */
class JsonSchemaTestSuiteTests {

  @Test
  void passesEveryCaseOfEverySupportedKeyword() throws IOException {
    String dir = System.getProperty("jsonschema.suite.dir");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "set -Djsonschema.suite.dir to run the suite");
    Path root = Path.of(dir);
    List<Path> files;
    try (Stream<Path> walk = Boolean.getBoolean("jsonschema.suite.recursive") ? Files.walk(root) : Files.list(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    StringBuilder table = new StringBuilder(String.format("%-40s %6s %6s %11s%n", "file", "pass", "fail", "unsupported"));
    List<String> failures = new ArrayList<>();
    int[] totals = new int[3];
    for (Path file : files) {
      String name = root.relativize(file).toString();
      int[] counts = runFile(file, name, name.startsWith("optional/format"), failures);
      table.append(String.format("%-40s %6d %6d %11d%n", name, counts[0], counts[1], counts[2]));
      for (int i = 0; i < 3; i++) {
        totals[i] += counts[i];
      }
    }
    table.append(String.format("%-40s %6d %6d %11d%n", "TOTAL", totals[0], totals[1], totals[2]));
    String report = table + "\nfailures:\n" + String.join("\n", failures) + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/jsonschema-suite.txt"), report);
    System.out.println(report);
    assertThat(failures).as(report).isEmpty();
  }

  private static int[] runFile(Path file, String name, boolean assertFormats, List<String> failures)
      throws IOException {
    int[] counts = new int[3];
    JsonLiteral groups = JsonLiteralReader.read(Files.readString(file));
    for (JsonLiteral group : ((JsonLiteral.Arr) groups).items()) {
      JsonLiteral.Obj g = (JsonLiteral.Obj) group;
      String groupName = ((JsonLiteral.Str) g.members().get("description")).value();
      List<JsonLiteral> tests = ((JsonLiteral.Arr) g.members().get("tests")).items();
      List<JsonValidator> validators = new ArrayList<>();
      String problem = null;
      boolean unsupported = false;
      try {
        for (Runner runner : List.of(Runner.SIMDJSON, Runner.JACKSON)) {
          validators.add(JsonValidator.of(JsonSchemaCompiler.toSchema(g.members().get("schema")),
              ValidationOptions.builder().runner(runner).assertFormats(assertFormats).maxBodyBytes(1 << 20).build()));
        }
      } catch (UnsupportedSchemaException ex) {
        unsupported = true;
      } catch (RuntimeException ex) {
        problem = ex.toString();
      }
      for (JsonLiteral test : tests) {
        JsonLiteral.Obj t = (JsonLiteral.Obj) test;
        String testName = name + " | " + groupName + " | " + ((JsonLiteral.Str) t.members().get("description")).value();
        if (unsupported) {
          counts[2]++;
          continue;
        }
        if (problem != null) {
          counts[1]++;
          failures.add(testName + ": schema not compiled: " + problem);
          continue;
        }
        boolean expected = ((JsonLiteral.Bool) t.members().get("valid")).value();
        byte[] data = t.members().get("data").toString().getBytes(StandardCharsets.UTF_8);
        String verdicts = "";
        boolean pass = true;
        for (JsonValidator validator : validators) {
          ValidationResult result = validator.validate(data, data.length);
          verdicts += validator.runner() + "=" + result + " ";
          pass &= result.outcome() == (expected ? ValidationResult.Outcome.VALID : ValidationResult.Outcome.INVALID);
        }
        if (pass) {
          counts[0]++;
        } else {
          counts[1]++;
          failures.add(testName + ": expected " + (expected ? "valid" : "invalid") + ", got " + verdicts);
        }
      }
    }
    return counts;
  }
}
