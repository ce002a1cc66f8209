package dev.fastpath.autoconfigure.web.dto;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Finds the {@code spring.jackson.*} settings that change how Boot's {@code JsonMapper} reads JSON and that the
 * DTO compiler does not mirror (it mirrors the naming strategy, the time zone and
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}). With any of them set, a precompiled binder would bind differently from
 * Spring MVC, so the bodies must be bound by Jackson instead.
 *
 * @since 0.1
 */
final class JacksonBindingSettings {

  private static final List<String> READ_PREFIXES = List.of("spring.jackson.deserialization.",
      "spring.jackson.mapper.", "spring.jackson.datatype.", "spring.jackson.read.", "spring.jackson.json.read.",
      "spring.jackson.visibility.", "spring.jackson.constructor-detector", "spring.jackson.use-jackson2-defaults",
      "spring.jackson.locale", "spring.jackson.date-format");

  private static final Set<String> MIRRORED = Set.of("spring.jackson.deserialization.fail-on-unknown-properties",
      "spring.jackson.deserialization.FAIL_ON_UNKNOWN_PROPERTIES");

  private JacksonBindingSettings() {}

  /** The names of the unmirrored reading settings the environment sets, sorted; empty when there are none. */
  static Set<String> unmirrored(Environment environment) {
    Set<String> found = new TreeSet<>();
    if (!(environment instanceof ConfigurableEnvironment configurable)) {
      return found;
    }
    for (PropertySource<?> source : configurable.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          if (affectsReading(name)) {
            found.add(name);
          }
        }
      }
    }
    return found;
  }

  private static boolean affectsReading(String name) {
    if (MIRRORED.contains(name)) {
      return false;
    }
    for (String prefix : READ_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
