package dev.fastpath.validation.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.Validation;
import dev.fastpath.validation.ValidationResult;

/** Asserts verdicts of one schema on several instances, on one runner. */
final class JsonSchemaCases {

  private final JsonValidator validator;

  private JsonSchemaCases(JsonValidator validator) {
    this.validator = validator;
  }

  static JsonSchemaCases schema(Runner runner, String schema) {
    return new JsonSchemaCases(Validation.compile(runner, schema));
  }

  JsonSchemaCases valid(String... instances) {
    for (String instance : instances) {
      ValidationResult result = Validation.validate(this.validator, instance);
      assertThat(result.isValid()).as(instance + " -> " + result).isTrue();
    }
    return this;
  }

  JsonSchemaCases invalid(String... instances) {
    for (String instance : instances) {
      ValidationResult result = Validation.validate(this.validator, instance);
      assertThat(result.outcome()).as(instance + " -> " + result).isEqualTo(ValidationResult.Outcome.INVALID);
      assertThat(result.violations()).isNotEmpty();
    }
    return this;
  }
}
