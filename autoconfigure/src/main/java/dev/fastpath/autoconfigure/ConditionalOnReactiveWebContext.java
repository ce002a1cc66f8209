package dev.fastpath.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when the application context is a reactive web one, whether or not WebFlux is on the class path.
 * Boot's {@code @ConditionalOnWebApplication(type = REACTIVE)} also requires WebFlux classes, which a
 * Fastpath application does not have: Fastpath's deducer makes the context reactive with
 * {@code spring-web} alone.
 *
 * @since 0.1
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnReactiveWebContextCondition.class)
public @interface ConditionalOnReactiveWebContext {}
