package dev.fastpath.validation.binding;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record or POJO as Jackson 3 reads it: its properties, the names it ignores, and how to build it.
 *
 * @param type the class
 * @param record whether it is a record (built by its canonical constructor)
 * @param properties every property, read or not, in declaration order
 * @param ignoredNames JSON names that are skipped silently ({@code @JsonIgnoreProperties}, {@code @JsonIgnore})
 * @param ignoreUnknown {@code @JsonIgnoreProperties(ignoreUnknown = true)}
 * @param creator records: {@code (Object[] args) -> Object}; POJOs: {@code () -> Object}; {@code null} when the
 *     class cannot be built here (see {@code binderUnsupported})
 * @param creatorArity the number of creator arguments
 * @param acceptsScalars whether Jackson could build it from a JSON string or number (a public one-argument
 *     constructor or factory): such documents are left to Jackson
 * @param binderUnsupported why the binder cannot build this class, or {@code null}
 * @since 0.1.0
 */
public record BeanModel(Class<?> type, boolean record, List<PropertyModel> properties, Set<String> ignoredNames,
    boolean ignoreUnknown, @Nullable MethodHandle creator, int creatorArity, boolean acceptsScalars,
    @Nullable String binderUnsupported) {

  public BeanModel {
    properties = List.copyOf(properties);
    ignoredNames = Set.copyOf(ignoredNames);
  }
}
