package dev.fastpath.validation.dto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.RunnerSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.PropertyNamingStrategies;

/**
 * The generated differential test: random documents for DTOs that cover every supported constraint and type,
 * through the compiled DTO and through Jackson 3 binding + Hibernate Validator 9 (what Spring MVC runs). They must
 * agree on the verdict (bound, binding failure, constraint violations), on the violations (Spring field path,
 * constraint, message and rejected value) and, for valid documents, on the bound object. Documents the compiled
 * DTO defers to Jackson are counted, not compared (the Spring layer lets Jackson and the Validator decide those).
 */
class DtoDifferentialTests {

  /** Documents per DTO and runner. */
  private static final int DOCUMENTS = 2000;

  private static final Map<Class<?>, Map<String, String>> RENAMES = Map.of(
      Dtos.Account.class, Map.of("email", "e-mail"),
      Dtos.Shipment.class, Map.of("estimatedArrival", "eta"));

  @RunnerSource
  void agreesWithJacksonAndHibernateValidatorOnOrders(Runner runner) {
    run(runner, Dtos.Order.class, false, 1);
  }

  @RunnerSource
  void agreesWithJacksonAndHibernateValidatorOnScalars(Runner runner) {
    run(runner, Dtos.Scalars.class, false, 2);
  }

  @RunnerSource
  void agreesWithJacksonAndHibernateValidatorOnEnumsDatesAndOptionals(Runner runner) {
    run(runner, Dtos.Others.class, false, 3);
  }

  @RunnerSource
  void agreesWithJacksonAndHibernateValidatorOnContainers(Runner runner) {
    run(runner, Dtos.Containers.class, false, 4);
  }

  @RunnerSource
  void agreesWithJacksonAndHibernateValidatorOnPojos(Runner runner) {
    run(runner, Dtos.Account.class, false, 5);
  }

  @RunnerSource
  void agreesWithJacksonAndHibernateValidatorWithASnakeCaseNamingStrategy(Runner runner) {
    run(runner, Dtos.Shipment.class, true, 6);
  }

  @RunnerSource
  void bindsTheSameObjectsAsJacksonForEveryType(Runner runner) {
    run(runner, Dtos.Loose.class, false, 7);
  }

  @RunnerSource
  void bindsTheSamePojosAsJackson(Runner runner) {
    run(runner, Dtos.LoosePojo.class, false, 8);
  }

  private static void run(Runner runner, Class<?> type, boolean snakeCase, long seed) {
    DtoSchema<?> schema = DtoCompiler.compile(type, Reference.options(runner, snakeCase));
    Function<String, String> naming = snakeCase ? Reference.SNAKE_CASE_NAMES : name -> name;
    tools.jackson.databind.json.JsonMapper mapper = snakeCase ? Reference.SNAKE_CASE : Reference.MAPPER;
    JsonGenerator generator = new JsonGenerator(seed, c -> RENAMES.getOrDefault(c, Map.of()), naming,
        (javaType, text) -> {
          try {
            mapper.readerFor(mapper.getTypeFactory().constructType(javaType)).readValue(text);
            return true;
          } catch (RuntimeException ex) {
            return false;
          }
        });
    Map<Reference.Kind, Integer> counts = new EnumMap<>(Reference.Kind.class);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String document = generator.document(type);
      byte[] json = document.getBytes(StandardCharsets.UTF_8);
      Reference.Outcome expected = Reference.expected(type, json, snakeCase);
      Reference.Outcome actual = Reference.actual(schema, json);
      counts.merge(actual.kind() == Reference.Kind.DEFERRED ? Reference.Kind.DEFERRED : expected.kind(), 1,
          Integer::sum);
      if (actual.kind() == Reference.Kind.DEFERRED || expected.kind() == Reference.Kind.VALIDATOR_ERROR) {
        if (expected.kind() == Reference.Kind.VALIDATOR_ERROR) {
          // Documented difference: we report a violation where Hibernate Validator throws.
          assertThat(actual.kind()).as(document).isEqualTo(Reference.Kind.INVALID);
        }
        continue;
      }
      String mismatch = compare(expected, actual);
      if (mismatch != null && mismatches.size() < 25) {
        mismatches.add(document + "\n    " + mismatch);
      }
    }
    System.out.println(type.getSimpleName() + " on " + runner + ": " + DOCUMENTS + " documents " + counts);
    assertThat(mismatches).as("documents where the compiled DTO and Jackson + Hibernate Validator disagree")
        .isEmpty();
    assertThat(counts.getOrDefault(Reference.Kind.DEFERRED, 0)).as("deferred documents")
        .isLessThan(DOCUMENTS / 10);
  }

  private static String compare(Reference.Outcome expected, Reference.Outcome actual) {
    if (expected.kind() != actual.kind()) {
      return "expected " + expected.kind() + " (" + expected.detail() + expected.violations() + ") but was "
          + actual.kind() + " (" + actual.detail() + actual.violations() + ")";
    }
    if (!expected.violations().equals(actual.violations())) {
      return "expected violations " + expected.violations() + "\n    but were " + actual.violations();
    }
    if (expected.kind() == Reference.Kind.BOUND && !Reference.deepEquals(expected.value(), actual.value())) {
      return "expected " + expected.value() + "\n    but bound " + actual.value();
    }
    return null;
  }
}
