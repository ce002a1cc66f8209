package dev.fastpath.autoconfigure.web.validation;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Spring MVC validates {@link Order} and {@link Signup} with Hibernate Validator; Fastpath with its default
 * validator, the DTO compiler (no {@code RequestBodyValidatorProvider} bean of the application's own).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(OrderController.class)
public class ValidationApplication {

  @Bean
  RecordingValidationListener recordingValidationListener() {
    return new RecordingValidationListener();
  }
}
