package dev.fastpath.validation.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The {@link BeanModel}s of one compilation, introspected once per class and shared by the validator and the
 * binder compilers. Start-up only; not thread-safe.
 *
 * @since 0.1.0
 */
public final class BeanModels {

  private final BeanIntrospector introspector;

  private final Map<Class<?>, BeanModel> models = new HashMap<>();

  /** @param namingStrategy see {@link BeanIntrospector#BeanIntrospector} */
  public BeanModels(@Nullable UnaryOperator<String> namingStrategy) {
    this.introspector = new BeanIntrospector(namingStrategy);
  }

  /** The model of {@code type}, introspected on first use. */
  public BeanModel get(Class<?> type) {
    BeanModel model = this.models.get(type);
    if (model == null) {
      model = this.introspector.introspect(type);
      this.models.put(type, model);
    }
    return model;
  }
}
