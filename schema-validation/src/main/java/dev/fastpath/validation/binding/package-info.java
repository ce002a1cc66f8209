/**
 * Binding a validated {@link dev.fastpath.validation.engine.JsonTape} to Java objects exactly as Jackson 3 with
 * Spring Boot's default {@code JsonMapper} would: which properties a record or POJO has and what JSON names they
 * take ({@link dev.fastpath.validation.binding.BeanIntrospector}), how each JSON value is coerced to a Java
 * value ({@link dev.fastpath.validation.binding.Coercions}), and a binder compiled once per DTO type that builds
 * the object with method handles ({@link dev.fastpath.validation.binding.TapeBinder}).
 */
@NullMarked
package dev.fastpath.validation.binding;

import org.jspecify.annotations.NullMarked;
