package dev.fastpath.autoconfigure;

import dev.fastpath.autoconfigure.web.ControllerRoutes;
import dev.fastpath.autoconfigure.web.FastpathControllersConfiguration;
import dev.fastpath.http.UnmatchedRequestHandler;
import dev.fastpath.metrics.TransportListener;
import dev.fastpath.transport.FastServer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.autoconfigure.reactive.ReactiveWebServerConfiguration;
import org.springframework.boot.web.server.reactive.ReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;

/**
 * Serves the application on the Fastpath engine as Boot's web server: a {@link ReactiveWebServerFactory}
 * that creates a {@link FastpathWebServer}, configured from {@link FastpathProperties}, Boot's
 * {@code server.*} properties and {@link FastpathServerCustomizer} beans.
 *
 * <p>Ordered before Boot's reactive server auto-configurations (Reactor Netty, Tomcat, Jetty), which back
 * off when a {@link ReactiveWebServerFactory} exists, so with WebFlux also on the class path Fastpath is the
 * one server, deterministically. See {@code docs/architecture.md}, "Other web stacks on the class path".
 *
 * @since 0.1
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration",
    "org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration",
    "org.springframework.boot.jetty.autoconfigure.reactive.JettyReactiveWebServerAutoConfiguration"})
@ConditionalOnClass(FastServer.class)
@ConditionalOnReactiveWebContext
@EnableConfigurationProperties(FastpathProperties.class)
@Import({ReactiveWebServerConfiguration.class, FastpathControllersConfiguration.class})
public final class FastpathAutoConfiguration {

  /** Boot's default for {@code spring.lifecycle.timeout-per-shutdown-phase}. */
  private static final Duration DEFAULT_SHUTDOWN_PHASE_TIMEOUT = Duration.ofSeconds(30);

  @Bean
  @ConditionalOnMissingBean(ReactiveWebServerFactory.class)
  FastpathReactiveWebServerFactory fastpathReactiveWebServerFactory(FastpathProperties properties,
      Environment environment, ObjectProvider<FastpathServerCustomizer> serverCustomizers,
      ObjectProvider<FastpathRouteContributor> routeContributors, ObjectProvider<TransportListener> transportListeners,
      ObjectProvider<UnmatchedRequestHandler> unmatchedRequestHandler, ObjectProvider<ControllerRoutes> controllerRoutes) {
    WebStackCoexistence.report(getClass().getClassLoader());
    FastpathReactiveWebServerFactory factory = new FastpathReactiveWebServerFactory();
    factory.addServerCustomizers(new FastpathPropertiesMapper(properties));
    serverCustomizers.orderedStream().forEach(factory::addServerCustomizers);
    // Resolved when the server starts, after every singleton exists (controllers, endpoints, registries).
    factory.addRouteContributors(routes -> routeContributors.orderedStream()
        .forEach(contributor -> contributor.contributeRoutes(routes)));
    factory.setTransportListeners(() -> transportListeners.orderedStream().toList());
    // An UnmatchedRequestHandler bean of the application's wins; else Spring MVC's answers from the controllers.
    factory.setUnmatchedRequestHandler(() -> unmatchedRequestHandler.getIfUnique(() -> {
      ControllerRoutes controllers = controllerRoutes.getIfAvailable();
      return controllers != null ? controllers.unmatchedRequestHandler() : null;
    }));
    factory.setShutdownTimeout(Binder.get(environment)
        .bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class).orElse(DEFAULT_SHUTDOWN_PHASE_TIMEOUT));
    return factory;
  }

  /** The application's controllers, compiled into routes when the server starts. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  FastpathRouteContributor fastpathControllerRouteContributor(ControllerRoutes controllerRoutes) {
    return routes -> controllerRoutes.router().routes().forEach(routes::add);
  }

  /**
   * Boot's reactive context requires an {@link HttpHandler}; without WebFlux there is none. Fastpath never
   * calls it (every request is answered by the engine's routes and unmatched-request handler), so this one
   * only answers 404.
   */
  @Bean
  @ConditionalOnMissingBean(HttpHandler.class)
  HttpHandler fastpathFallbackHttpHandler() {
    return (request, response) -> {
      response.setStatusCode(HttpStatus.NOT_FOUND);
      return response.setComplete();
    };
  }
}
