package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.autoconfigure.ConditionalOnReactiveWebContext;
import dev.fastpath.transport.FastServer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextFactory;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.server.reactive.ReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * With {@code management.server.port} set and different from the server port, Boot starts the Actuator
 * in a child context with a server of its own; this tells Boot to make that a reactive context served by
 * Fastpath. Primary, because with WebFlux on the class path Reactor Netty declares a factory too.
 *
 * @since 0.1
 */
@AutoConfiguration
@ConditionalOnClass({ManagementContextFactory.class, FastServer.class})
@ConditionalOnReactiveWebContext
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
public final class FastpathManagementContextAutoConfiguration {

  @Bean
  @Primary
  static ManagementContextFactory fastpathManagementContextFactory() {
    return new ManagementContextFactory(WebApplicationType.REACTIVE, ReactiveWebServerFactory.class,
        FastpathManagementServerConfiguration.class);
  }
}
