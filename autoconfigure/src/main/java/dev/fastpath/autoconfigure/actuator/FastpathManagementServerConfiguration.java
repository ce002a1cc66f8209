package dev.fastpath.autoconfigure.actuator;

import org.springframework.boot.web.server.WebServerFactoryCustomizerBeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registered by Boot in the management child context (see {@link FastpathManagementContextAutoConfiguration}):
 * applies the child's {@code WebServerFactoryCustomizer} beans to its server factory.
 *
 * @since 0.1
 */
@Configuration(proxyBeanMethods = false)
public class FastpathManagementServerConfiguration {

  @Bean
  static WebServerFactoryCustomizerBeanPostProcessor fastpathManagementWebServerFactoryCustomizerBeanPostProcessor() {
    return new WebServerFactoryCustomizerBeanPostProcessor();
  }
}
