package dev.fastpath.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.FastpathAutoConfiguration;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.metrics.CompletedRequest;
import dev.fastpath.metrics.RejectionReason;
import dev.fastpath.metrics.TransportListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class FastpathMetricsAutoConfigurationTests {

  private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(FastpathAutoConfiguration.class, FastpathMetricsAutoConfiguration.class));

  @Test
  void contributesTheListenerAndMetersWhenARegistryExists() {
    this.runner.withUserConfiguration(RegistryConfiguration.class).run(context -> {
      assertThat(context).hasSingleBean(FastpathRequestMetrics.class).hasSingleBean(FastpathServerMeters.class)
          .hasSingleBean(FastpathValidationMetrics.class);
      assertThat(context.getBeansOfType(TransportListener.class)).hasSize(1);
    });
  }

  @Test
  void backsOffWithoutARegistry() {
    this.runner.run(context -> assertThat(context).doesNotHaveBean(FastpathRequestMetrics.class)
        .doesNotHaveBean(TransportListener.class));
  }

  @Test
  void tagsFollowSpringConventions() {
    MeterRegistry registry = new SimpleMeterRegistry();
    FastpathRequestMetrics metrics = new FastpathRequestMetrics(registry);

    metrics.requestCompleted(request(HttpMethod.GET, "/users/{id}", 200, null));
    metrics.requestCompleted(request(HttpMethod.GET, "/users/{id}", 200, null));
    metrics.requestCompleted(request(HttpMethod.POST, "/users", 500, new IllegalStateException("x")));
    metrics.requestCompleted(request(HttpMethod.GET, null, 404, null));
    metrics.requestCompleted(request(HttpMethod.GET, null, 301, null));
    metrics.requestCompleted(request(HttpMethod.GET, null, 400, null));
    metrics.requestCompleted(request(HttpMethod.GET, "", 200, null));
    metrics.requestRejected(RejectionReason.HEADERS_TOO_LARGE);

    assertThat(timer(registry, "GET", "/users/{id}", "200", "SUCCESS", "none").count()).isEqualTo(2);
    assertThat(timer(registry, "POST", "/users", "500", "SERVER_ERROR", "IllegalStateException").count()).isOne();
    assertThat(timer(registry, "GET", "NOT_FOUND", "404", "CLIENT_ERROR", "none").count()).isOne();
    assertThat(timer(registry, "GET", "REDIRECTION", "301", "REDIRECTION", "none").count()).isOne();
    assertThat(timer(registry, "GET", "UNKNOWN", "400", "CLIENT_ERROR", "none").count()).isOne();
    assertThat(timer(registry, "GET", "root", "200", "SUCCESS", "none").count()).isOne();
    assertThat(registry.get("fastpath.requests.rejected").tag("reason", "headers-too-large").counter().count())
        .isOne();
    assertThat(registry.get("fastpath.bytes.received").counter().count()).isEqualTo(7 * 10);
    assertThat(registry.get("fastpath.bytes.sent").counter().count()).isEqualTo(7 * 20);
  }

  @Test
  void countsValidationFailuresByRoute() {
    MeterRegistry registry = new SimpleMeterRegistry();
    FastpathValidationMetrics metrics = new FastpathValidationMetrics(registry);

    metrics.validationFailed(HttpMethod.POST, "/users", 3);
    metrics.validationFailed(HttpMethod.POST, "/users", 1);

    assertThat(registry.get("fastpath.validation.failures").tags("method", "POST", "uri", "/users").counter().count())
        .isEqualTo(2);
  }

  private static Timer timer(MeterRegistry registry, String method, String uri, String status, String outcome,
      String exception) {
    return registry.get("http.server.requests").tags("method", method, "uri", uri, "status", status, "outcome",
        outcome, "exception", exception, "error", exception).timer();
  }

  private static CompletedRequest request(HttpMethod method, @Nullable String template, int status,
      @Nullable Throwable error) {
    return new CompletedRequest() {
      @Override
      public HttpMethod method() {
        return method;
      }

      @Override
      public @Nullable String routeTemplate() {
        return template;
      }

      @Override
      public int status() {
        return status;
      }

      @Override
      public long durationNanos() {
        return 1_000;
      }

      @Override
      public long bytesIn() {
        return 10;
      }

      @Override
      public long bytesOut() {
        return 20;
      }

      @Override
      public @Nullable Throwable error() {
        return error;
      }
    };
  }

  @Configuration(proxyBeanMethods = false)
  static class RegistryConfiguration {

    @Bean
    MeterRegistry registry() {
      return new SimpleMeterRegistry();
    }
  }
}
