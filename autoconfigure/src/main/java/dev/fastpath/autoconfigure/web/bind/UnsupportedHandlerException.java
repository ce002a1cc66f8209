package dev.fastpath.autoconfigure.web.bind;

import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * Start-up failure: a controller uses a feature Fastpath does not serve. The message names the class,
 * the method, the parameter where there is one, and the feature, so the user knows exactly what to
 * change.
 *
 * @since 0.1
 */
public class UnsupportedHandlerException extends IllegalStateException {

  public UnsupportedHandlerException(Method method, String reason) {
    super(describe(method) + ": " + reason);
  }

  public UnsupportedHandlerException(MethodParameter parameter, String reason) {
    super(describe(parameter) + ": " + reason);
  }

  public UnsupportedHandlerException(Method method, String reason, @Nullable Throwable cause) {
    super(describe(method) + ": " + reason, cause);
  }

  /** {@code com.example.Controller#method(Type, Type)}. */
  public static String describe(Method method) {
    StringBuilder text = new StringBuilder(method.getDeclaringClass().getName()).append('#')
        .append(method.getName()).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      text.append(i > 0 ? ", " : "").append(types[i].getSimpleName());
    }
    return text.append(')').toString();
  }

  /** The method plus {@code parameter N (name)}. */
  public static String describe(MethodParameter parameter) {
    String name = parameter.getParameterName();
    return describe(java.util.Objects.requireNonNull(parameter.getMethod(), "method")) + " parameter " + parameter.getParameterIndex()
        + (name != null ? " (" + name + ")" : "");
  }
}
