package dev.fastpath.autoconfigure.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.FastpathAutoConfiguration;
import dev.fastpath.autoconfigure.FastpathRouteContributor;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.beans.BeansEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/** Which routes the Actuator adapter contributes, without starting a server. */
class EndpointRoutesTests {

  private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FastpathAutoConfiguration.class, EndpointAutoConfiguration.class,
          HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
          HealthEndpointAutoConfiguration.class, InfoEndpointAutoConfiguration.class,
          EnvironmentEndpointAutoConfiguration.class, BeansEndpointAutoConfiguration.class,
          FastpathWebEndpointAutoConfiguration.class, ManagementContextAutoConfiguration.class));

  @Test
  void exposesHealthOnlyByDefaultWithDiscoveryPage() {
    this.runner.run(context -> assertThat(templates(context)).containsExactlyInAnyOrder(
        "GET /actuator", "GET /actuator/health", "GET /actuator/health/{*path}"));
  }

  @Test
  void honoursExposureIncludeAndExclude() {
    this.runner.withPropertyValues("management.endpoints.web.exposure.include=*",
        "management.endpoints.web.exposure.exclude=env,beans").run(context -> assertThat(templates(context))
            .contains("GET /actuator/info", "GET /actuator/fastpath-routes", "GET /actuator/health")
            .noneMatch(route -> route.contains("/env") || route.contains("/beans")));
  }

  @Test
  void honoursBasePathAndPathMapping() {
    this.runner.withPropertyValues("management.endpoints.web.base-path=/manage",
        "management.endpoints.web.path-mapping.health=healthcheck").run(context -> assertThat(templates(context))
            .containsExactlyInAnyOrder("GET /manage", "GET /manage/healthcheck", "GET /manage/healthcheck/{*path}"));
  }

  @Test
  void rootBasePathHasNoDiscoveryPageOnTheServerPort() {
    this.runner.withPropertyValues("management.endpoints.web.base-path=/").run(context -> assertThat(templates(context))
        .containsExactlyInAnyOrder("GET /health", "GET /health/{*path}"));
  }

  @Test
  void providesTheHealthWebExtensionThatBootKeepsForServletAndWebFlux() {
    this.runner.run(context -> assertThat(context).hasSingleBean(HealthEndpointWebExtension.class));
  }

  @Test
  void staysOffOutsideAReactiveWebContext() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
        FastpathWebEndpointAutoConfiguration.class)).run(context ->
            assertThat(context).doesNotHaveBean(FastpathRouteContributor.class)
                .doesNotHaveBean(FastpathRoutesEndpoint.class));
  }

  private static List<String> templates(ApplicationContext context) {
    Router.Builder builder = Router.builder();
    context.getBean("fastpathActuatorRoutes", FastpathRouteContributor.class).contributeRoutes(builder);
    return builder.build().routes().stream().map(EndpointRoutesTests::describe).toList();
  }

  private static String describe(Route route) {
    return route.method() + " " + route.template();
  }
}
