package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.autoconfigure.ConditionalOnReactiveWebContext;
import dev.fastpath.autoconfigure.FastpathRouteContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.actuate.endpoint.web.EndpointMediaTypes;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the exposed Actuator web endpoints on Fastpath: in the application's context when the management
 * port is the server port, in the management child context (its own Fastpath listener) when
 * {@code management.server.port} differs.
 *
 * @since 0.1
 */
@ManagementContextConfiguration(value = ManagementContextType.ANY, proxyBeanMethods = false)
@ConditionalOnReactiveWebContext
@ConditionalOnBean(WebEndpointsSupplier.class)
public class FastpathEndpointManagementContextConfiguration {

  @Bean
  FastpathRouteContributor fastpathActuatorRoutes(WebEndpointsSupplier endpoints, EndpointMediaTypes mediaTypes,
      WebEndpointProperties properties, ObjectProvider<ManagementServerProperties> serverProperties,
      ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<EndpointJsonMapper> endpointJsonMapper,
      ApplicationContext context, Environment environment) {
    WebServerNamespace namespace = WebServerNamespace.from(context);
    boolean separatePort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
    String basePath = properties.getBasePath();
    ManagementServerProperties server = serverProperties.getIfAvailable();
    if (separatePort && server != null && StringUtils.hasText(server.getBasePath())) {
      basePath = server.getBasePath() + basePath;
    }
    boolean linksPage = properties.getDiscovery().isEnabled() && (StringUtils.hasText(basePath) || separatePort);
    JsonMapper applicationMapper = jsonMapper.getIfAvailable(() -> JsonMapper.builder().build());
    EndpointResponseWriter writer = new EndpointResponseWriter(applicationMapper, endpointJsonMapper.getIfAvailable());
    return new EndpointRoutes(endpoints, mediaTypes, basePath, linksPage, namespace, writer, applicationMapper);
  }
}
