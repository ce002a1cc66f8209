package dev.fastpath.validation.dto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each supported constraint, valid and invalid, with Hibernate Validator's default message, on both runners;
 * also nested in arrays and maps. (The differential test compares the same against Hibernate Validator itself.)
 */
class DtoConstraintTests {

  record NotNulls(@NotNull String s, @NotNull Integer i, @NotNull List<String> l, @NotNull Nested n) {
  }

  record Nested(@NotBlank String name) {
  }

  record Strings(@NotBlank String blank, @NotEmpty String empty, @Size(min = 2, max = 3) String size,
      @Pattern(regexp = "^[A-Z0-9-]{3,32}$") String sku, @Email String email, @Null String none) {
  }

  record Numbers(@Min(1) @Max(1000) Integer qty, @Positive long positive, @PositiveOrZero Short zeroOk,
      @Negative Integer negative, @NegativeOrZero Integer nonPositive,
      @DecimalMin("0.01") @DecimalMax(value = "100", inclusive = false) BigDecimal price,
      @Digits(integer = 3, fraction = 2) BigDecimal digits, @Min(10) BigInteger big, @DecimalMax("1.5") Double ratio,
      @Min(5) String numericText) {
  }

  record Booleans(@AssertTrue Boolean yes, @AssertFalse boolean no) {
  }

  record Dates(@Past LocalDate past, @PastOrPresent LocalDateTime pastOrPresent, @Future Instant future,
      @FutureOrPresent OffsetDateTime futureOrPresent, @Past ZonedDateTime zoned) {
  }

  record Containers(@NotEmpty List<@NotBlank @Size(max = 3) String> tags, @Size(max = 2) Set<String> labels,
      Map<String, @Valid Nested> byKey, @Size(min = 1) Map<String, Integer> counts, @Valid List<Nested> nested,
      @NotEmpty String[] names) {
  }

  @RunnerSource
  void reportsNotNullOnMissingAndNullValues(Runner runner) {
    assertThat(DtoTesting.violations(runner, NotNulls.class, "{\"s\":null,\"i\":null}")).containsExactlyInAnyOrder(
        "s NotNull must not be null", "i NotNull must not be null", "l NotNull must not be null",
        "n NotNull must not be null");
    assertThat(DtoTesting.violations(runner, NotNulls.class, "{\"s\":\"\",\"i\":0,\"l\":[],\"n\":{\"name\":\"x\"}}"))
        .isEmpty();
  }

  @RunnerSource
  void checksStringConstraintsWithHibernateValidatorsMessages(Runner runner) {
    String invalid = "{\"blank\":\" \\t\",\"empty\":\"\",\"size\":\"abcd\",\"sku\":\"ab\",\"email\":\"a@b.\","
        + "\"none\":\"x\"}";
    assertThat(DtoTesting.violations(runner, Strings.class, invalid)).containsExactlyInAnyOrder(
        "blank NotBlank must not be blank", "empty NotEmpty must not be empty",
        "size Size size must be between 2 and 3", "sku Pattern must match \"^[A-Z0-9-]{3,32}$\"",
        "email Email must be a well-formed email address", "none Null must be null");
    String valid = "{\"blank\":\"a\",\"empty\":\" \",\"size\":\"ab\",\"sku\":\"SKU-1\",\"email\":\"a@b.c\"}";
    assertThat(DtoTesting.violations(runner, Strings.class, valid)).isEmpty();
  }

  @RunnerSource
  void patternMatchesTheWholeValueAsBeanValidationDoes(Runner runner) {
    // JSON Schema's "pattern" searches; @Pattern matches the whole string.
    record Code(@Pattern(regexp = "[A-Z]{2}") String code) {
    }
    assertThat(DtoTesting.violations(runner, Code.class, "{\"code\":\"xAB\"}"))
        .containsExactly("code Pattern must match \"[A-Z]{2}\"");
    assertThat(DtoTesting.violations(runner, Code.class, "{\"code\":\"AB\"}")).isEmpty();
  }

  @RunnerSource
  void countsSizeInUtf16UnitsAndBlankAsWhitespace(Runner runner) {
    record Text(@Size(max = 2) String emoji, @NotBlank String nbsp) {
    }
    // One emoji is two UTF-16 units; a no-break space is not whitespace for Character.isWhitespace.
    assertThat(DtoTesting.violations(runner, Text.class, "{\"emoji\":\"\\ud83d\\ude00x\",\"nbsp\":\"\\u00a0\"}"))
        .containsExactly("emoji Size size must be between 0 and 2");
  }

  @RunnerSource
  void checksNumberConstraints(Runner runner) {
    String invalid = "{\"qty\":0,\"positive\":0,\"zeroOk\":-1,\"negative\":0,\"nonPositive\":1,\"price\":100,"
        + "\"digits\":1234.5,\"big\":9,\"ratio\":1.5000001,\"numericText\":\"4.99\"}";
    assertThat(DtoTesting.violations(runner, Numbers.class, invalid)).containsExactlyInAnyOrder(
        "qty Min must be greater than or equal to 1", "positive Positive must be greater than 0",
        "zeroOk PositiveOrZero must be greater than or equal to 0", "negative Negative must be less than 0",
        "nonPositive NegativeOrZero must be less than or equal to 0", "price DecimalMax must be less than 100",
        "digits Digits numeric value out of bounds (<3 digits>.<2 digits> expected)",
        "big Min must be greater than or equal to 10", "ratio DecimalMax must be less than or equal to 1.5",
        "numericText Min must be greater than or equal to 5");
    String valid = "{\"qty\":1000,\"positive\":1,\"zeroOk\":0,\"negative\":-1,\"nonPositive\":0,\"price\":0.01,"
        + "\"digits\":999.99,\"big\":10,\"ratio\":1.5,\"numericText\":\"5\"}";
    assertThat(DtoTesting.violations(runner, Numbers.class, valid)).isEmpty();
  }

  @RunnerSource
  void digitsCountsTheScaleOfTheJsonText(Runner runner) {
    record Amount(@Digits(integer = 3, fraction = 1) BigDecimal amount) {
    }
    // Jackson keeps 12.50's scale (2), and Hibernate Validator does not strip a BigDecimal's trailing zeros.
    assertThat(DtoTesting.violations(runner, Amount.class, "{\"amount\":12.50}"))
        .containsExactly("amount Digits numeric value out of bounds (<3 digits>.<1 digits> expected)");
    assertThat(DtoTesting.violations(runner, Amount.class, "{\"amount\":12.5}")).isEmpty();
  }

  @RunnerSource
  void checksBooleanConstraints(Runner runner) {
    assertThat(DtoTesting.violations(runner, Booleans.class, "{\"yes\":false,\"no\":true}"))
        .containsExactlyInAnyOrder("yes AssertTrue must be true", "no AssertFalse must be false");
    assertThat(DtoTesting.violations(runner, Booleans.class, "{\"yes\":true,\"no\":false}")).isEmpty();
    assertThat(DtoTesting.violations(runner, Booleans.class, "{\"no\":false}")).isEmpty();
  }

  @RunnerSource
  void checksTemporalConstraintsAgainstTheClock(Runner runner) {
    // The clock is 2025-06-01T12:00:00Z.
    String invalid = "{\"past\":\"2025-06-01\",\"pastOrPresent\":\"2025-06-01T12:00:00.001\","
        + "\"future\":\"2025-06-01T12:00:00Z\",\"futureOrPresent\":\"2025-06-01T13:59:59+02:00\","
        + "\"zoned\":\"2030-01-01T00:00:00+01:00[Europe/Paris]\"}";
    assertThat(DtoTesting.violations(runner, Dates.class, invalid)).containsExactlyInAnyOrder(
        "past Past must be a past date", "pastOrPresent PastOrPresent must be a date in the past or in the present",
        "future Future must be a future date",
        "futureOrPresent FutureOrPresent must be a date in the present or in the future",
        "zoned Past must be a past date");
    String valid = "{\"past\":\"2025-05-31\",\"pastOrPresent\":\"2025-06-01T12:00:00\","
        + "\"future\":\"2025-06-01T12:00:01Z\",\"futureOrPresent\":\"2025-06-01T14:00:00+02:00\","
        + "\"zoned\":\"2020-01-01T00:00:00Z\"}";
    assertThat(DtoTesting.violations(runner, Dates.class, valid)).isEmpty();
  }

  @RunnerSource
  void checksContainersAndTheirElementsWithSpringPaths(Runner runner) {
    String json = "{\"tags\":[\"ok\",\" \",\"long\"],\"labels\":[\"a\",\"b\",\"a\",\"c\"],"
        + "\"byKey\":{\"k.1\":{\"name\":\"\"},\"b\":null},\"counts\":{},\"nested\":[{\"name\":\"x\"},{}],"
        + "\"names\":[]}";
    assertThat(DtoTesting.violations(runner, Containers.class, json)).containsExactlyInAnyOrder(
        "tags[1] NotBlank must not be blank", "tags[2] Size size must be between 0 and 3",
        "labels Size size must be between 0 and 2", "byKey[k.1].name NotBlank must not be blank",
        "counts Size size must be between 1 and 2147483647", "nested[1].name NotBlank must not be blank",
        "names NotEmpty must not be empty");
    assertThat(DtoTesting.violations(runner, Containers.class,
        "{\"tags\":[\"a\"],\"labels\":[\"a\",\"a\"],\"counts\":{\"x\":1},\"names\":[\"n\"]}")).isEmpty();
  }

  @RunnerSource
  void reportsJsonPointersWithJsonNamesAndPropertyPathsWithJavaNames(Runner runner) {
    record Line(@com.fasterxml.jackson.annotation.JsonProperty("q") @Min(1) int quantity) {
    }
    record Lines(@Valid List<Line> lines) {
    }
    BindResult<?> result = DtoTesting.run(runner, Lines.class, "{\"lines\":[{\"q\":1},{\"q\":0}]}");
    DtoViolation violation = ((BindResult.Invalid<?>) result).violations().get(0);
    assertThat(violation.pointer()).hasToString("/lines/1/q");
    assertThat(violation.propertyPath()).isEqualTo("lines[1].quantity");
    assertThat(violation.rejectedValue()).isEqualTo(0);
    assertThat(violation.constraint()).isInstanceOf(Min.class);
    assertThat(violation.kind()).isEqualTo(DtoViolation.Kind.CONSTRAINT);
  }

  @RunnerSource
  void usesCustomMessagesAndInterpolatesThem(Runner runner) {
    record Custom(@Size(min = 2, message = "at least {min} characters") String a,
        @NotNull(message = "{jakarta.validation.constraints.NotEmpty.message}") String b,
        @Min(value = 3, message = "got ${validatedValue}, want {value}") Integer c,
        @NotBlank(message = "{my.unknown.key}") String d) {
    }
    assertThat(DtoTesting.violations(runner, Custom.class, "{\"a\":\"x\",\"c\":2}")).containsExactlyInAnyOrder(
        "a Size at least 2 characters", "b NotNull must not be empty", "c Min got 2, want 3",
        "d NotBlank {my.unknown.key}");
  }
}
