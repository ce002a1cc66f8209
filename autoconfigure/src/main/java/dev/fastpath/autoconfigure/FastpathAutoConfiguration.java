package dev.fastpath.autoconfigure;

import dev.fastpath.autoconfigure.web.ControllerRoutes;
import dev.fastpath.autoconfigure.web.FastpathControllersConfiguration;
import dev.fastpath.transport.FastServer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.server.autoconfigure.reactive.ReactiveWebServerConfiguration;
import org.springframework.boot.web.server.reactive.ReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;

/**
 * Serves the application's annotated controllers on the Fastpath engine as Boot's web server.
 *
 * @since 0.1
 */
@AutoConfiguration
@ConditionalOnClass(FastServer.class)
@Import({ReactiveWebServerConfiguration.class, FastpathControllersConfiguration.class})
public final class FastpathAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(ReactiveWebServerFactory.class)
  FastpathReactiveWebServerFactory fastpathReactiveWebServerFactory(ControllerRoutes controllerRoutes) {
    return new FastpathReactiveWebServerFactory(controllerRoutes::router);
  }

  /**
   * Boot's reactive context requires an {@link HttpHandler}; without WebFlux there is none, and every
   * request that reaches the engine was already routed, so this one only answers 404.
   */
  @Bean
  @ConditionalOnMissingBean(HttpHandler.class)
  HttpHandler httpHandler() {
    return (request, response) -> {
      response.setStatusCode(HttpStatus.NOT_FOUND);
      return response.setComplete();
    };
  }
}
