package dev.fastpath.autoconfigure.accesslog;

import dev.fastpath.autoconfigure.ConditionalOnReactiveWebContext;
import dev.fastpath.autoconfigure.FastpathAutoConfiguration;
import dev.fastpath.autoconfigure.FastpathProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access log, with {@code fastpath.access-log.enabled=true}: lines go to the logger named by
 * {@code fastpath.access-log.logger-name} at INFO, so the application's logging configuration decides
 * where they are written (e.g. a file appender for {@code dev.fastpath.accesslog}).
 *
 * @since 0.1
 */
@AutoConfiguration(after = FastpathAutoConfiguration.class,
    afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnReactiveWebContext
@ConditionalOnBooleanProperty("fastpath.access-log.enabled")
public final class FastpathAccessLogAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  AccessLogListener fastpathAccessLog(FastpathProperties properties) {
    FastpathProperties.AccessLog settings = properties.getAccessLog();
    Logger logger = LoggerFactory.getLogger(settings.getLoggerName());
    return new AccessLogListener(new AccessLogFormat(settings.getFormat(), ZoneId.systemDefault()),
        settings.getQueueCapacity(), logger::info);
  }

  /** Counts dropped lines as {@code fastpath.access-log.dropped} when Micrometer is in use. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class DroppedLinesMeterConfiguration {

    DroppedLinesMeterConfiguration(ObjectProvider<MeterRegistry> registry, AccessLogListener accessLog) {
      registry.ifAvailable(meters -> FunctionCounter.builder("fastpath.access-log.dropped", accessLog,
          AccessLogListener::dropped).description("Access-log lines dropped because the writer could not keep up")
          .register(meters));
    }
  }
}
