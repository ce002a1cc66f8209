package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.Violation;
import dev.fastpath.validation.schema.JsonType;
import dev.fastpath.validation.schema.Keyword;
import dev.fastpath.validation.schema.Schema;
import dev.fastpath.validation.schema.SchemaNode;
import dev.fastpath.validation.schema.TemporalType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The keywords the DTO compiler needs beyond JSON Schema, built directly as a model. */
class ModelKeywordTests {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  private static List<String> violations(Runner runner, SchemaNode field, String value) {
    Map<String, SchemaNode> properties = new LinkedHashMap<>();
    properties.put("f", field);
    SchemaNode root = SchemaNode.of(new Keyword.Properties(properties),
        new Keyword.Required("f", "NotNull", "must not be null"));
    JsonValidator validator = JsonValidator.of(Schema.of(root),
        ValidationOptions.builder().runner(runner).clock(CLOCK).build());
    byte[] json = ("{" + (value == null ? "" : "\"f\":" + value) + "}").getBytes(StandardCharsets.UTF_8);
    ValidationResult result = validator.validate(json, json.length);
    return result.violations().stream().map(Violation::toString).toList();
  }

  @RunnerSource
  void reportsAMissingOrNullFieldWithTheCompilersMessage(Runner runner) {
    SchemaNode field = SchemaNode.of(new Keyword.NotNull("NotNull", "must not be null"));
    assertThat(violations(runner, field, null)).containsExactly("/f NotNull must not be null");
    assertThat(violations(runner, field, "null")).containsExactly("/f NotNull must not be null");
    assertThat(violations(runner, field, "\"x\"")).isEmpty();
  }

  @RunnerSource
  void checksNotBlankAndSizeInUtf16Units(Runner runner) {
    SchemaNode field = SchemaNode.of(new Keyword.NotBlank("NotBlank", "must not be blank"),
        new Keyword.Size(1, 3, "Size", "size must be between 1 and 3"));
    assertThat(violations(runner, field, "\"  \\t\"")).containsExactly("/f NotBlank must not be blank");
    assertThat(violations(runner, field, "\"ab\"")).isEmpty();
    assertThat(violations(runner, field, "\"\uD83D\uDE00\uD83D\uDE00\"")).containsExactly("/f Size size must be between 1 and 3");
    assertThat(violations(runner, field, "[1,2,3,4]")).containsExactly("/f Size size must be between 1 and 3");
    assertThat(violations(runner, field, "{}")).containsExactly("/f Size size must be between 1 and 3");
  }

  @RunnerSource
  void matchesBeanValidationPatternsInFull(Runner runner) {
    SchemaNode field = SchemaNode.of(new Keyword.Pattern("[a-z]+", true, "Pattern", "must match \"[a-z]+\""));
    assertThat(violations(runner, field, "\"abc\"")).isEmpty();
    assertThat(violations(runner, field, "\"abc1\"")).hasSize(1);
  }

  @RunnerSource
  void checksDecimalBoundsOnNumbersAndNumericStrings(Runner runner) {
    SchemaNode field = SchemaNode.of(new Keyword.NumberBound(new BigDecimal("0.01"), "0.01", false, false, true,
        "DecimalMin", "must be greater than or equal to 0.01"));
    assertThat(violations(runner, field, "0.01")).isEmpty();
    assertThat(violations(runner, field, "\"0.011\"")).isEmpty();
    assertThat(violations(runner, field, "0.009")).hasSize(1);
    assertThat(violations(runner, field, "\"abc\"")).hasSize(1);
  }

  @RunnerSource
  void checksDigits(Runner runner) {
    SchemaNode field = SchemaNode.of(new Keyword.Digits(3, 2, "Digits",
        "numeric value out of bounds (<3 digits>.<2 digits> expected)"));
    assertThat(violations(runner, field, "123.45")).isEmpty();
    assertThat(violations(runner, field, "1.50")).isEmpty();
    assertThat(violations(runner, field, "\"99.9\"")).isEmpty();
    assertThat(violations(runner, field, "1234")).hasSize(1);
    assertThat(violations(runner, field, "1.234")).hasSize(1);
  }

  @RunnerSource
  void comparesTemporalStringsWithTheClock(Runner runner) {
    SchemaNode past = SchemaNode.of(new Keyword.Temporal(TemporalType.LOCAL_DATE, Keyword.Temporal.Relation.PAST,
        "Past", "must be a past date"));
    assertThat(violations(runner, past, "\"2025-05-31\"")).isEmpty();
    assertThat(violations(runner, past, "\"2025-06-01\"")).containsExactly("/f Past must be a past date");
    assertThat(violations(runner, past, "\"not a date\"")).isEmpty();
    SchemaNode future = SchemaNode.of(new Keyword.Temporal(TemporalType.INSTANT,
        Keyword.Temporal.Relation.FUTURE_OR_PRESENT, "FutureOrPresent", "must be a date in the present or in the future"));
    assertThat(violations(runner, future, "\"2025-06-01T12:00:00Z\"")).isEmpty();
    assertThat(violations(runner, future, "\"2025-06-01T11:59:59Z\"")).hasSize(1);
  }

  @RunnerSource
  void assertsBooleansAndEmails(Runner runner) {
    SchemaNode flag = SchemaNode.of(new Keyword.AssertBoolean(true, "AssertTrue", "must be true"));
    assertThat(violations(runner, flag, "true")).isEmpty();
    assertThat(violations(runner, flag, "false")).containsExactly("/f AssertTrue must be true");
    SchemaNode email = SchemaNode.of(new Keyword.Type(Set.of(JsonType.STRING, JsonType.NULL), "type", "must be a string"),
        new Keyword.Format("email", true, "Email", "must be a well-formed email address"));
    assertThat(violations(runner, email, "\"a.b@example.com\"")).isEmpty();
    assertThat(violations(runner, email, "null")).isEmpty();
    assertThat(violations(runner, email, "\"a@@b\"")).containsExactly("/f Email must be a well-formed email address");
  }
}
