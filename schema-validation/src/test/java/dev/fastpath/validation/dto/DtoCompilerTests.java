package dev.fastpath.validation.dto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.UnsupportedSchemaException;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.ScriptAssert;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.annotation.JsonDeserialize;

/** What the compiler refuses (naming class, property and annotation), and the fallback that accepts some of it. */
class DtoCompilerTests {

  record Unwrapped(@JsonUnwrapped Inner inner) {
  }

  record Inner(String a) {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({@JsonSubTypes.Type(value = Poly.class, name = "p")})
  record Poly(String a) {
  }

  record Deserialized(@JsonDeserialize(as = String.class) String a) {
  }

  record Formatted(@JsonFormat(pattern = "dd.MM.yyyy") java.time.LocalDate date) {
  }

  static class AnySetter {

    public String name;

    @JsonAnySetter
    public void set(String key, Object value) {
    }
  }

  @Target({ElementType.FIELD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = {})
  @interface Sku {

    String message() default "bad sku";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  record Custom(@Sku String sku, @NotBlank String name) {
  }

  interface Strict {
  }

  record Grouped(@NotNull(groups = Strict.class) String a) {
  }

  record WithPayload(@NotNull(payload = Payload.class) String a) {
  }

  @ScriptAssert(lang = "javascript", script = "true")
  record ClassLevel(String a) {
  }

  record Misapplied(@Size(max = 3) int count) {
  }

  record Untyped(Object value) {
  }

  record RawList(@SuppressWarnings("rawtypes") List values) {
  }

  record ObjectKeys(Map<Integer, String> byNumber) {
  }

  static class Computed {

    public int start;

    public int end;

    @AssertTrue
    public boolean isOrdered() {
      return this.start <= this.end;
    }
  }

  static class FinalField {

    @Min(1)
    public final Integer count = Integer.valueOf(1);
  }

  @Test
  void refusesJacksonAnnotationsThatChangeTheJsonShape() {
    assertRefused(Unwrapped.class, "@JsonUnwrapped", "Unwrapped.inner");
    assertRefused(Poly.class, "@JsonTypeInfo", "Poly");
    assertRefused(Deserialized.class, "@JsonDeserialize", "Deserialized.a");
    assertRefused(Formatted.class, "@JsonFormat", "Formatted.date");
    assertRefused(AnySetter.class, "@JsonAnySetter", "AnySetter");
  }

  @Test
  void refusesConstraintsItDoesNotImplement() {
    assertRefused(Custom.class, "@Sku", "Custom.sku");
    assertRefused(Grouped.class, "groups", "Grouped.a");
    assertRefused(WithPayload.class, "payload", "WithPayload.a");
    assertRefused(ClassLevel.class, "@ScriptAssert", "ClassLevel");
    assertRefused(Computed.class, "getter ordered", "Computed.ordered");
  }

  @Test
  void refusesConstraintsOnTypesTheyDoNotApplyTo() {
    assertRefused(Misapplied.class, "@Size", "Misapplied.count");
  }

  @Test
  void refusesTypesWithoutAStandardDeserializer() {
    assertRefused(Untyped.class, "java.lang.Object", "Untyped.value");
    assertRefused(RawList.class, "List", "RawList.values");
    assertRefused(ObjectKeys.class, "Map", "ObjectKeys.byNumber");
  }

  @Test
  void acceptsUnsupportedConstraintsWithTheFallbackAndSaysWhichOnes() {
    DtoOptions options = DtoOptions.builder().beanValidationFallback(true).build();
    DtoSchema<Custom> schema = DtoCompiler.compile(Custom.class, options);
    assertThat(schema.requiresBeanValidationFallback()).isTrue();
    assertThat(schema.fallbackReasons()).singleElement().asString().contains("@Sku", "Custom.sku");
    // The constraints we do implement still run.
    assertThat(DtoTesting.run(schema, "{\"sku\":\"x\",\"name\":\" \"}")).isInstanceOf(BindResult.Invalid.class);
    assertThat(DtoCompiler.compile(ClassLevel.class, options).requiresBeanValidationFallback()).isTrue();
    assertThat(DtoCompiler.compile(Inner.class, options).requiresBeanValidationFallback()).isFalse();
  }

  @Test
  void validatesButDoesNotBindWhatJacksonWritesReflectively() {
    DtoSchema<FinalField> schema = DtoCompiler.compile(FinalField.class, Reference.options(Runner.AUTO, false));
    assertThat(schema.hasBinder()).isFalse();
    assertThat(schema.binderUnsupportedReason()).contains("final field");
    assertThat(DtoTesting.run(schema, "{\"count\":2}")).isInstanceOf(BindResult.Validated.class);
    assertThat(DtoTesting.run(schema, "{\"count\":0}")).isInstanceOf(BindResult.Invalid.class);
  }

  @Test
  void refusesMessageExpressionsItCannotEvaluate() {
    record Expression(@NotNull(message = "${formatter.format('%s', validatedValue)}") String a) {
    }
    assertRefused(Expression.class, "message expression", "Expression.a");
  }

  private static void assertRefused(Class<?> type, String what, String where) {
    assertThatThrownBy(() -> DtoCompiler.compile(type, DtoOptions.defaults()))
        .isInstanceOf(UnsupportedSchemaException.class)
        .hasMessageContaining(what)
        .hasMessageContaining(where);
  }
}
