package dev.fastpath.validation.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import dev.fastpath.validation.ValidationOptions;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Binding as Jackson 3 with Spring Boot's defaults does it (the differential test checks the same against
 * Jackson itself on random documents): coercions, nulls, missing properties, names, collection types, dates,
 * and how binding failures and deferred shapes are reported.
 */
class DtoBindingTests {

  record Qty(@Min(1) int qty) {
  }

  record Boxed(@Min(1) Integer qty, Boolean flag, String text) {
  }

  static class Pojo {

    private int count = 5;

    private String name = "initial";

    public int getCount() {
      return this.count;
    }

    public void setCount(int count) {
      this.count = count;
    }

    public String getName() {
      return this.name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  enum Color {
    RED,
    @JsonProperty("bleu")
    BLUE
  }

  record Kinds(Color color, UUID id, BigDecimal amount, OffsetDateTime at, ZonedDateTime zoned, List<String> list,
      Set<String> set, java.util.SortedSet<String> sorted, Map<String, Integer> map, Optional<String> maybe,
      int[] numbers) {
  }

  @RunnerSource
  void coercesStringsAndFloatsToIntsAndValidatesTheCoercedValue(Runner runner) {
    assertThat(DtoTesting.bound(runner, Qty.class, "{\"qty\":\"2\"}")).isEqualTo(new Qty(2));
    assertThat(DtoTesting.bound(runner, Qty.class, "{\"qty\":2.9}")).isEqualTo(new Qty(2));
    assertThat(DtoTesting.bound(runner, Qty.class, "{\"qty\":1e1}")).isEqualTo(new Qty(10));
    assertThat(DtoTesting.violations(runner, Qty.class, "{\"qty\":\"0\"}"))
        .containsExactly("qty Min must be greater than or equal to 1");
    assertThat(DtoTesting.violations(runner, Qty.class, "{\"qty\":0.5}"))
        .containsExactly("qty Min must be greater than or equal to 1");
  }

  @RunnerSource
  void refusesWhatJacksonRefusesForAPrimitive(Runner runner) {
    for (String value : new String[] {"true", "null", "\"\"", "\"2.5\"", "\"abc\"", "3000000000", "[1]", "{}"}) {
      assertThat(DtoTesting.bindingFailure(runner, Qty.class, "{\"qty\":" + value + "}")).as(value).isEqualTo("qty");
    }
    // A missing primitive record component is null to Jackson 3, which FAIL_ON_NULL_FOR_PRIMITIVES refuses.
    assertThat(DtoTesting.bindingFailure(runner, Qty.class, "{}")).isEqualTo("qty");
  }

  @RunnerSource
  void readsEmptyStringsAsNullForWrappersAndScalarsAsText(Runner runner) {
    assertThat(DtoTesting.bound(runner, Boxed.class, "{\"qty\":\"\",\"flag\":\" \",\"text\":1.50}"))
        .isEqualTo(new Boxed(null, null, "1.50"));
    assertThat(DtoTesting.bound(runner, Boxed.class, "{\"qty\":\"007\",\"flag\":1,\"text\":true}"))
        .isEqualTo(new Boxed(7, true, "true"));
    assertThat(DtoTesting.bindingFailure(runner, Boxed.class, "{\"flag\":1.0}")).isEqualTo("flag");
  }

  @RunnerSource
  void keepsAPojosInitialValuesForMissingProperties(Runner runner) {
    Pojo pojo = (Pojo) DtoTesting.bound(runner, Pojo.class, "{\"name\":\"n\"}");
    assertThat(pojo.getCount()).isEqualTo(5);
    assertThat(pojo.getName()).isEqualTo("n");
    assertThat(DtoTesting.bindingFailure(runner, Pojo.class, "{\"count\":null}")).isEqualTo("count");
  }

  @RunnerSource
  void bindsEveryKindOfValueAsJacksonDoes(Runner runner) {
    Kinds kinds = (Kinds) DtoTesting.bound(runner, Kinds.class, "{\"color\":\"bleu\","
        + "\"id\":\"123E4567-E89B-12D3-A456-426614174000\",\"amount\":12.50,\"at\":\"2024-01-31T10:00:00+02:00\","
        + "\"zoned\":\"2024-01-31T10:00:00+01:00[Europe/Paris]\",\"list\":[\"b\",\"a\"],\"set\":[\"b\",\"a\",\"b\"],"
        + "\"sorted\":[\"b\",\"a\"],\"map\":{\"x\":\"1\",\"y\":null},\"numbers\":[1,\"2\",3.5]}");
    assertThat(kinds.color()).isEqualTo(Color.BLUE);
    assertThat(kinds.id()).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    assertThat(kinds.amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(kinds.at()).isEqualTo(OffsetDateTime.of(2024, 1, 31, 8, 0, 0, 0, ZoneOffset.UTC));
    assertThat(kinds.zoned()).isEqualTo(ZonedDateTime.of(2024, 1, 31, 9, 0, 0, 0, ZoneOffset.UTC));
    assertThat(kinds.list()).isInstanceOf(ArrayList.class).containsExactly("b", "a");
    assertThat(kinds.set()).isInstanceOf(HashSet.class).containsExactlyInAnyOrder("a", "b");
    assertThat(kinds.sorted()).isInstanceOf(TreeSet.class).containsExactly("a", "b");
    assertThat(kinds.map()).isInstanceOf(LinkedHashMap.class).containsEntry("x", 1).containsEntry("y", null);
    assertThat(kinds.maybe()).isEmpty();
    assertThat(kinds.numbers()).containsExactly(1, 2, 3);
    assertThat(DtoTesting.bound(runner, Kinds.class, "{\"color\":1}")).extracting("color").isEqualTo(Color.BLUE);
    assertThat(DtoTesting.bindingFailure(runner, Kinds.class, "{\"color\":\"BLUE\"}")).isEqualTo("color");
    assertThat(DtoTesting.bindingFailure(runner, Kinds.class, "{\"id\":\"not-a-uuid\"}")).isEqualTo("id");
    assertThat(DtoTesting.bindingFailure(runner, Kinds.class, "{\"list\":\"x\"}")).isEqualTo("list");
  }

  @RunnerSource
  void honoursJacksonNamesIgnoresAndAliases(Runner runner) {
    @JsonIgnoreProperties({"legacy"})
    record Named(@JsonProperty("e-mail") String email, @JsonAlias("tel") String phone, @JsonIgnore String secret) {
    }
    assertThat(DtoTesting.bound(runner, Named.class,
        "{\"e-mail\":\"a@b\",\"tel\":\"1\",\"secret\":\"s\",\"legacy\":{\"x\":1},\"unknown\":[1]}"))
        .isEqualTo(new Named("a@b", "1", null));
  }

  @RunnerSource
  void appliesTheCallersNamingStrategy(Runner runner) {
    record Snake(@NotNull String firstName, @JsonProperty("LAST") String lastName) {
    }
    DtoSchema<Snake> schema = DtoCompiler.compile(Snake.class, DtoOptions.builder()
        .validation(ValidationOptions.builder().runner(runner).build())
        .namingStrategy(Reference.SNAKE_CASE_NAMES).build());
    assertThat(((BindResult.Bound<?>) DtoTesting.run(schema, "{\"first_name\":\"a\",\"LAST\":\"b\"}")).value())
        .isEqualTo(new Snake("a", "b"));
    BindResult.Invalid<?> invalid = (BindResult.Invalid<?>) DtoTesting.run(schema, "{\"firstName\":\"a\"}");
    assertThat(invalid.violations().get(0).pointer()).hasToString("/first_name");
    assertThat(invalid.violations().get(0).propertyPath()).isEqualTo("firstName");
  }

  @RunnerSource
  void failsOnUnknownPropertiesOnlyWhenConfigured(Runner runner) {
    DtoSchema<Boxed> strict = DtoCompiler.compile(Boxed.class, DtoOptions.builder()
        .validation(ValidationOptions.builder().runner(runner).build()).failOnUnknownProperties(true).build());
    BindResult.Invalid<?> invalid = (BindResult.Invalid<?>) DtoTesting.run(strict, "{\"qty\":1,\"other\":2}");
    assertThat(invalid.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(DtoViolation.UNKNOWN_PROPERTY);
      assertThat(v.pointer()).hasToString("/other");
    });
    assertThat(DtoTesting.run(runner, Boxed.class, "{\"qty\":1,\"other\":2}")).isInstanceOf(BindResult.Bound.class);
  }

  @RunnerSource
  void reportsOnlyTheBindingFailureWhenThereIsOne(Runner runner) {
    record Both(@Size(min = 5) String text, Integer number) {
    }
    BindResult.Invalid<?> invalid = (BindResult.Invalid<?>) DtoTesting.run(runner, Both.class,
        "{\"text\":\"x\",\"number\":\"abc\"}");
    assertThat(invalid.bindingFailure()).isTrue();
    assertThat(invalid.violations()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(DtoViolation.Kind.BINDING);
      assertThat(v.rule()).isEqualTo(DtoViolation.TYPE_MISMATCH);
      assertThat(v.propertyPath()).isEqualTo("number");
      assertThat(v.rejectedValue()).isEqualTo("abc");
      assertThat(v.message()).doesNotContain("abc");
    });
  }

  record Checked(@Size(max = 3) String name, int count) {
    Checked {
      if (count < 0) {
        throw new IllegalArgumentException("count " + count);
      }
    }
  }

  @RunnerSource
  void reportsAThrowingConstructorAsABindingFailureBeforeAnyViolation(Runner runner) {
    // Jackson wraps the exception (ValueInstantiationException): Spring answers 400 without validating.
    BindResult.Invalid<?> invalid = (BindResult.Invalid<?>) DtoTesting.run(runner, Checked.class,
        "{\"name\":\"long name\",\"count\":-1}");
    assertThat(invalid.bindingFailure()).isTrue();
    assertThat(invalid.violations()).singleElement().satisfies(v -> {
      assertThat(v.message()).contains("IllegalArgumentException").doesNotContain("-1");
      assertThat(v.pointer()).isEqualTo(dev.fastpath.validation.JsonPointer.ROOT);
    });
    assertThat(DtoTesting.violations(runner, Checked.class, "{\"name\":\"long name\",\"count\":1}"))
        .containsExactly("name Size size must be between 0 and 3");
    assertThat(DtoTesting.bound(runner, Checked.class, "{\"name\":\"ok\",\"count\":1}"))
        .isEqualTo(new Checked("ok", 1));
  }

  @RunnerSource
  void defersShapesItDoesNotMirror(Runner runner) {
    record Dated(java.time.LocalDate date, UUID id) {
    }
    assertThat(DtoTesting.run(runner, Dated.class, "{\"date\":19000}")).isInstanceOf(BindResult.Deferred.class);
    assertThat(DtoTesting.run(runner, Dated.class, "{\"date\":[2024,1,31]}")).isInstanceOf(BindResult.Deferred.class);
    assertThat(DtoTesting.run(runner, Dated.class, "{\"id\":\"EjRWeJASNFZ4kBI0VniQEg==\"}"))
        .isInstanceOf(BindResult.Deferred.class);
  }

  @RunnerSource
  void answersJsonProblemsAndNullBodies(Runner runner) {
    assertThat(DtoTesting.run(runner, Boxed.class, "{\"qty\":")).isInstanceOfSatisfying(BindResult.Rejected.class,
        r -> assertThat(r.error().kind()).isEqualTo(dev.fastpath.validation.JsonError.Kind.MALFORMED));
    assertThat(DtoTesting.run(runner, Boxed.class, "{\"qty\":1,\"qty\":2}")).isInstanceOf(BindResult.Rejected.class);
    assertThat(DtoTesting.run(runner, Boxed.class, "null")).isEqualTo(new BindResult.Bound<>(null));
    assertThat(DtoTesting.bindingFailure(runner, Boxed.class, "[]")).isEmpty();
    DtoSchema<Boxed> small = DtoCompiler.compile(Boxed.class, DtoOptions.builder()
        .validation(ValidationOptions.builder().runner(runner).maxBodyBytes(8).build()).build());
    assertThat(DtoTesting.run(small, "{\"text\":\"long\"}")).isInstanceOfSatisfying(BindResult.Rejected.class,
        r -> assertThat(r.error().kind()).isEqualTo(dev.fastpath.validation.JsonError.Kind.TOO_LARGE));
  }

  @RunnerSource
  void stopsCollectingAtTheMaximumAndSaysSo(Runner runner) {
    record Many(List<@Min(1) Integer> values) {
    }
    DtoSchema<Many> schema = DtoCompiler.compile(Many.class, DtoOptions.builder()
        .validation(ValidationOptions.builder().runner(runner).maxViolations(2).build()).build());
    BindResult.Invalid<?> invalid = (BindResult.Invalid<?>) DtoTesting.run(schema, "{\"values\":[0,0,0,0]}");
    assertThat(invalid.violations()).hasSize(2);
    assertThat(invalid.truncated()).isTrue();
  }

  @RunnerSource
  void validatesWithoutBindingAndWithoutConstraints(Runner runner) {
    DtoSchema<Qty> schema = DtoTesting.compile(runner, Qty.class);
    byte[] json = "{\"qty\":3}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(schema.validate(json, json.length)).isInstanceOf(BindResult.Validated.class);
    DtoSchema<Qty> unchecked = DtoCompiler.compileWithoutConstraints(Qty.class, Reference.options(runner, false));
    assertThat(DtoTesting.run(unchecked, "{\"qty\":0}")).isEqualTo(new BindResult.Bound<>(new Qty(0)));
    assertThat(DtoTesting.run(unchecked, "{\"qty\":true}")).isInstanceOf(BindResult.Invalid.class);
  }
}
