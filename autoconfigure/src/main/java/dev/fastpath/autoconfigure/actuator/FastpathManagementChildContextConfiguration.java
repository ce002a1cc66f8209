package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.autoconfigure.ConditionalOnReactiveWebContext;
import dev.fastpath.autoconfigure.FastpathProperties;
import dev.fastpath.autoconfigure.FastpathPropertiesMapper;
import dev.fastpath.autoconfigure.FastpathReactiveWebServerFactory;
import dev.fastpath.autoconfigure.FastpathRouteContributor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementWebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;

/**
 * The management child context's Fastpath server (when {@code management.server.port} differs from the
 * server port): Boot instantiates the application's {@link FastpathReactiveWebServerFactory} class again;
 * this configuration gives it the management port and address, the {@code fastpath.*} settings, and only the
 * routes contributed in the child context (the Actuator endpoints), never the application's controllers.
 *
 * @since 0.1
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnReactiveWebContext
public class FastpathManagementChildContextConfiguration {

  @Bean
  ManagementWebServerFactoryCustomizer<ConfigurableWebServerFactory> fastpathManagementWebServerFactoryCustomizer(
      ListableBeanFactory beanFactory) {
    return new ManagementWebServerFactoryCustomizer<>(beanFactory);
  }

  @Bean
  WebServerFactoryCustomizer<FastpathReactiveWebServerFactory> fastpathManagementServerCustomizer(
      ObjectProvider<FastpathProperties> properties, ListableBeanFactory beanFactory) {
    return factory -> {
      FastpathProperties settings = properties.getIfAvailable();
      if (settings != null) {
        factory.addServerCustomizers(new FastpathPropertiesMapper(settings));
      }
      // Only this (child) context's contributors: getBeansOfType does not look into the parent.
      factory.addRouteContributors(routes -> beanFactory.getBeansOfType(FastpathRouteContributor.class).values()
          .forEach(contributor -> contributor.contributeRoutes(routes)));
    };
  }

  /** The child context, too, must have an {@link HttpHandler}; Fastpath never calls it. */
  @Bean
  @ConditionalOnMissingBean(value = HttpHandler.class, search = SearchStrategy.CURRENT)
  HttpHandler fastpathManagementFallbackHttpHandler() {
    return (request, response) -> {
      response.setStatusCode(HttpStatus.NOT_FOUND);
      return response.setComplete();
    };
  }
}
