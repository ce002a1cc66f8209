package dev.fastpath.autoconfigure.web.bind;

import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * The seam where precompiled validation plugs in: a bean of this type is asked, once per
 * {@code @Valid}/{@code @Validated @RequestBody} parameter at start-up, for a validator. Without a
 * provider, or when it answers {@code null}, start-up fails naming the parameter: Fastpath never skips
 * validation silently.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RequestBodyValidatorProvider {

  /**
   * @param parameter the handler parameter (its annotations, its method)
   * @param bodyType the generic type the body binds to
   * @param groups the validation groups from {@code @Validated}, empty for {@code @Valid}
   * @return the validator, or {@code null} when this provider cannot validate that type
   */
  @Nullable RequestBodyValidator validatorFor(MethodParameter parameter, Type bodyType, Class<?>[] groups);
}
