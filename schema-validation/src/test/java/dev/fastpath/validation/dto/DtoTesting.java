package dev.fastpath.validation.dto;

import dev.fastpath.validation.Runner;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test shorthand: compile a DTO for a runner (fixed clock, English), run a document, list the violations. */
final class DtoTesting {

  private DtoTesting() {
  }

  static <T> DtoSchema<T> compile(Runner runner, Class<T> type) {
    return DtoCompiler.compile(type, Reference.options(runner, false));
  }

  static BindResult<?> run(Runner runner, Class<?> type, String json) {
    return run(compile(runner, type), json);
  }

  static BindResult<?> run(DtoSchema<?> schema, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return schema.validateAndBind(bytes, bytes.length);
  }

  /** The constraint violations as "path rule message"; fails on any other outcome. */
  static List<String> violations(Runner runner, Class<?> type, String json) {
    BindResult<?> result = run(runner, type, json);
    if (result instanceof BindResult.Bound<?>) {
      return List.of();
    }
    if (!(result instanceof BindResult.Invalid<?> invalid) || invalid.bindingFailure()) {
      throw new AssertionError("expected bound or constraint violations, got " + result);
    }
    return invalid.violations().stream().map(v -> v.propertyPath() + " " + v.rule() + " " + v.message()).toList();
  }

  /** The bound value; fails on any other outcome. */
  static Object bound(Runner runner, Class<?> type, String json) {
    BindResult<?> result = run(runner, type, json);
    if (!(result instanceof BindResult.Bound<?> bound)) {
      throw new AssertionError("expected a bound value, got " + result);
    }
    return bound.value();
  }

  /** The binding failure's property path; fails on any other outcome. */
  static String bindingFailure(Runner runner, Class<?> type, String json) {
    BindResult<?> result = run(runner, type, json);
    if (!(result instanceof BindResult.Invalid<?> invalid) || !invalid.bindingFailure()) {
      throw new AssertionError("expected a binding failure, got " + result);
    }
    return invalid.violations().get(0).propertyPath();
  }
}
