package dev.fastpath.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.web.context.reactive.ConfigurableReactiveWebEnvironment;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** See {@link ConditionalOnReactiveWebContext}. */
final class OnReactiveWebContextCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    if (context.getResourceLoader() instanceof ReactiveWebApplicationContext) {
      return ConditionOutcome.match("the context is a ReactiveWebApplicationContext");
    }
    if (context.getEnvironment() instanceof ConfigurableReactiveWebEnvironment) {
      return ConditionOutcome.match("the environment is a ConfigurableReactiveWebEnvironment");
    }
    return ConditionOutcome.noMatch("not a reactive web application context (spring.main.web-application-type "
        + "is set to another type, or the context was created by hand)");
  }
}
