package dev.fastpath.autoconfigure.web.validation;

import dev.fastpath.autoconfigure.web.bind.RequestBodyValidatorProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Spring MVC validates {@link Order} with Hibernate Validator; Fastpath with {@link OrderValidator}
 * plugged into the {@link RequestBodyValidatorProvider} seam.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(OrderController.class)
public class ValidationApplication {

  @Bean
  RequestBodyValidatorProvider orderValidatorProvider() {
    return (parameter, bodyType, groups) -> bodyType == Order.class ? new OrderValidator() : null;
  }
}
