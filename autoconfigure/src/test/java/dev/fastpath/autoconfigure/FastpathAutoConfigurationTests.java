package dev.fastpath.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.transport.ServerConfig;
import dev.fastpath.transport.Transport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.reactive.ReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.HttpHandler;

class FastpathAutoConfigurationTests {

  private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FastpathAutoConfiguration.class));

  @Test
  void providesFactoryPropertiesAndFallbackHandlerInReactiveContext() {
    this.runner.run(context -> {
      assertThat(context).hasSingleBean(FastpathReactiveWebServerFactory.class);
      assertThat(context).hasSingleBean(FastpathProperties.class);
      assertThat(context).hasSingleBean(HttpHandler.class);
    });
  }

  @Test
  void staysOffOutsideAReactiveWebContext() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FastpathAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ReactiveWebServerFactory.class)
            .doesNotHaveBean(FastpathProperties.class));
  }

  @Test
  void backsOffWhenTheUserDefinesAReactiveWebServerFactory() {
    this.runner.withUserConfiguration(UserFactoryConfiguration.class).run(context -> {
      assertThat(context).hasSingleBean(ReactiveWebServerFactory.class);
      assertThat(context).doesNotHaveBean(FastpathReactiveWebServerFactory.class);
    });
  }

  @Test
  void appliesServerPropertiesFastpathPropertiesThenCustomizersInOrder() {
    this.runner.withUserConfiguration(CustomizerConfiguration.class)
        .withPropertyValues("server.port=0", "server.address=127.0.0.1", "fastpath.transport.engine=nio",
            "fastpath.limits.max-header-count=10", "fastpath.limits.max-connections=7")
        .run(context -> {
          ServerConfig config = context.getBean(FastpathReactiveWebServerFactory.class).serverConfig();
          assertThat(config.host()).isEqualTo("127.0.0.1");
          assertThat(config.port()).isZero();
          assertThat(config.io().transport()).isEqualTo(Transport.NIO);
          assertThat(config.limits().maxHeaderCount()).isEqualTo(10);
          // the customizer ordered last wins over the property and the earlier customizer
          assertThat(config.limits().maxConnections()).isEqualTo(2);
        });
  }

  @Test
  void takesShutdownModeAndPhaseTimeoutFromBootProperties() {
    this.runner.withPropertyValues("server.shutdown=graceful", "spring.lifecycle.timeout-per-shutdown-phase=5s")
        .run(context -> {
          FastpathReactiveWebServerFactory factory = context.getBean(FastpathReactiveWebServerFactory.class);
          assertThat(factory.getShutdown()).isEqualTo(Shutdown.GRACEFUL);
          assertThat(factory.getShutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
        });
  }

  @Test
  void invalidPropertyFailsStartupNamingPropertyAndRange() {
    this.runner.withPropertyValues("fastpath.limits.max-header-size=0").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasCauseInstanceOf(ConfigurationPropertiesBindException.class)
          .rootCause().isInstanceOf(BindValidationException.class)
          .hasMessageContaining("fastpath.limits.max-header-size must be between 1B and 2147483647B, was 0B");
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class UserFactoryConfiguration {

    @Bean
    ReactiveWebServerFactory userFactory() {
      return handler -> new WebServer() {
        @Override
        public void start() {}

        @Override
        public void stop() {}

        @Override
        public int getPort() {
          return 0;
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class CustomizerConfiguration {

    @Bean
    @Order(2)
    FastpathServerCustomizer last() {
      return builder -> builder.maxConnections(2);
    }

    @Bean
    @Order(1)
    FastpathServerCustomizer first() {
      return builder -> builder.maxConnections(1);
    }
  }
}
