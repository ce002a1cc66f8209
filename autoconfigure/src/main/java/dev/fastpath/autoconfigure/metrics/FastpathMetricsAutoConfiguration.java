package dev.fastpath.autoconfigure.metrics;

import dev.fastpath.autoconfigure.ConditionalOnReactiveWebContext;
import dev.fastpath.autoconfigure.FastpathAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for the Fastpath server, when Micrometer and a {@link MeterRegistry} bean are present
 * (Boot's {@code spring-boot-micrometer-metrics} provides one).
 *
 * @since 0.1
 */
@AutoConfiguration(after = FastpathAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnReactiveWebContext
public final class FastpathMetricsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  FastpathRequestMetrics fastpathRequestMetrics(MeterRegistry registry) {
    return new FastpathRequestMetrics(registry);
  }

  @Bean
  @ConditionalOnMissingBean
  FastpathServerMeters fastpathServerMeters(MeterRegistry registry) {
    return new FastpathServerMeters(registry);
  }

  @Bean
  @ConditionalOnMissingBean
  FastpathValidationMetrics fastpathValidationMetrics(MeterRegistry registry) {
    return new FastpathValidationMetrics(registry);
  }
}
