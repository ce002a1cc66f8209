package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.autoconfigure.ConditionalOnReactiveWebContext;
import dev.fastpath.autoconfigure.FastpathAutoConfiguration;
import dev.fastpath.autoconfigure.web.ControllerRoutes;
import java.util.Collection;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.IncludeExcludeEndpointFilter;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.endpoint.EndpointAccessResolver;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.EndpointsSupplier;
import org.springframework.boot.actuate.endpoint.OperationFilter;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvokerAdvisor;
import org.springframework.boot.actuate.endpoint.invoke.ParameterValueMapper;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.EndpointMediaTypes;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.actuate.endpoint.web.PathMapper;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.actuate.endpoint.web.WebOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpointDiscoverer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.boot.health.actuate.endpoint.ReactiveHealthEndpointWebExtension;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointProperties;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Actuator's web endpoint infrastructure for a Fastpath application. Boot's
 * {@link WebEndpointAutoConfiguration} and its health web extension are conditional on a servlet or
 * WebFlux application, which a Fastpath application is not (its context is reactive without WebFlux), so
 * the same beans are declared here, each backing off when Boot's exist (e.g. with WebFlux on the class
 * path). The endpoints are then served by {@link FastpathEndpointManagementContextConfiguration}.
 *
 * @since 0.1
 */
@AutoConfiguration(after = {EndpointAutoConfiguration.class, WebEndpointAutoConfiguration.class,
    FastpathAutoConfiguration.class},
    afterName = "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration")
@ConditionalOnClass({WebEndpointDiscoverer.class, WebEndpointProperties.class})
@ConditionalOnReactiveWebContext
public final class FastpathWebEndpointAutoConfiguration {

  /** Maps the {@code fastpathRoutes} endpoint to {@code fastpath-routes} unless a path mapping says otherwise. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  PathMapper fastpathRoutesEndpointPathMapper() {
    return endpointId -> FastpathRoutesEndpoint.ID.equals(endpointId.toString())
        ? FastpathRoutesEndpoint.PATH : null;
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnAvailableEndpoint
  FastpathRoutesEndpoint fastpathRoutesEndpoint(ApplicationContext context,
      ObjectProvider<FastpathRouteListing> routeListing, ObjectProvider<ControllerRoutes> controllerRoutes) {
    return new FastpathRoutesEndpoint(context, () -> routeListing.getIfAvailable(() -> {
      ControllerRoutes controllers = controllerRoutes.getIfAvailable();
      return controllers != null ? new ControllerRouteListing(controllers) : null;
    }));
  }

  /** What Boot's {@link WebEndpointAutoConfiguration} declares, for an application that it skips. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(WebEndpointsSupplier.class)
  @EnableConfigurationProperties(WebEndpointProperties.class)
  static class WebEndpointConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    PathMapper webEndpointPathMapper(WebEndpointProperties properties) {
      Map<EndpointId, String> mappings = properties.getPathMapping().entrySet().stream()
          .collect(java.util.stream.Collectors.toMap(entry -> EndpointId.fromPropertyValue(entry.getKey()),
              Map.Entry::getValue));
      return mappings::get;
    }

    @Bean
    @ConditionalOnMissingBean
    EndpointMediaTypes endpointMediaTypes() {
      return EndpointMediaTypes.DEFAULT;
    }

    @Bean
    WebEndpointDiscoverer webEndpointDiscoverer(ApplicationContext context, ParameterValueMapper parameterValueMapper,
        EndpointMediaTypes endpointMediaTypes, ObjectProvider<PathMapper> endpointPathMappers,
        ObjectProvider<AdditionalPathsMapper> additionalPathsMappers,
        ObjectProvider<OperationInvokerAdvisor> invokerAdvisors,
        ObjectProvider<EndpointFilter<ExposableWebEndpoint>> endpointFilters,
        ObjectProvider<OperationFilter<WebOperation>> operationFilters) {
      return new WebEndpointDiscoverer(context, parameterValueMapper, endpointMediaTypes,
          endpointPathMappers.orderedStream().toList(), additionalPathsMappers.orderedStream().toList(),
          invokerAdvisors.orderedStream().toList(), endpointFilters.orderedStream().toList(),
          operationFilters.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    PathMappedEndpoints pathMappedEndpoints(Collection<EndpointsSupplier<?>> endpointSuppliers,
        WebEndpointProperties properties) {
      return new PathMappedEndpoints(properties.getBasePath(), endpointSuppliers);
    }

    @Bean
    IncludeExcludeEndpointFilter<ExposableWebEndpoint> webExposeExcludePropertyEndpointFilter(
        WebEndpointProperties properties) {
      WebEndpointProperties.Exposure exposure = properties.getExposure();
      return new IncludeExcludeEndpointFilter<>(ExposableWebEndpoint.class, exposure.getInclude(),
          exposure.getExclude(), EndpointExposure.WEB.getDefaultIncludes());
    }

    @Bean
    OperationFilter<WebOperation> webAccessPropertiesOperationFilter(EndpointAccessResolver endpointAccessResolver) {
      return OperationFilter.byAccess(endpointAccessResolver);
    }
  }

  /**
   * The health endpoint's web extension (HTTP status per health status, groups such as
   * {@code liveness}/{@code readiness} at {@code /health/{group}}), as Boot declares it for servlet apps.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthEndpoint.class)
  static class HealthWebExtensionConfiguration {

    @Bean
    @ConditionalOnBean(HealthEndpoint.class)
    @ConditionalOnAvailableEndpoint(endpoint = HealthEndpoint.class, exposure = EndpointExposure.WEB)
    @ConditionalOnMissingBean({HealthEndpointWebExtension.class, ReactiveHealthEndpointWebExtension.class})
    HealthEndpointWebExtension healthEndpointWebExtension(HealthContributorRegistry healthContributorRegistry,
        ObjectProvider<ReactiveHealthContributorRegistry> reactiveHealthContributorRegistry,
        HealthEndpointGroups groups, HealthEndpointProperties properties) {
      return new HealthEndpointWebExtension(healthContributorRegistry,
          reactiveHealthContributorRegistry.getIfAvailable(), groups,
          properties.getLogging().getSlowIndicatorThreshold());
    }
  }
}
