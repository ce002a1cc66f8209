package dev.fastpath.validation;

import dev.fastpath.validation.jsonschema.JsonSchemaCompiler;
import java.nio.charset.StandardCharsets;

/** Test shorthand: compile a schema for a runner, validate a string. */
public final class Validation {

  private Validation() {
  }

  public static JsonValidator compile(Runner runner, String schema) {
    return JsonSchemaCompiler.compile(schema, ValidationOptions.builder().runner(runner).maxBodyBytes(64 * 1024).build());
  }

  public static ValidationResult validate(Runner runner, String schema, String instance) {
    return validate(compile(runner, schema), instance);
  }

  public static ValidationResult validate(JsonValidator validator, String instance) {
    byte[] json = instance.getBytes(StandardCharsets.UTF_8);
    return validator.validate(json, json.length);
  }

  /** The violations as "pointer rule" strings. */
  public static java.util.List<String> found(ValidationResult result) {
    return result.violations().stream().map(v -> v.pointer() + " " + v.rule()).toList();
  }
}
