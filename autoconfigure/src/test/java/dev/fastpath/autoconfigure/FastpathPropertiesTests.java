package dev.fastpath.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.transport.ServerConfig;
import dev.fastpath.transport.Transport;
import dev.fastpath.transport.TransportProvider;
import dev.fastpath.transport.VirtualThreadCarrier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

class FastpathPropertiesTests {

  @Test
  void everyDefaultEqualsTheEngineDefault() {
    FastpathProperties properties = new FastpathProperties();
    ServerConfig.Builder builder = ServerConfig.builder();
    new FastpathPropertiesMapper(properties).customize(builder);

    assertThat(builder.build()).isEqualTo(ServerConfig.defaults());
  }

  @Test
  void bindsEveryPropertyFromOperatorSpelling() {
    FastpathProperties properties = bind(Map.ofEntries(
        Map.entry("fastpath.transport.engine", "io_uring"),
        Map.entry("fastpath.transport.provider", "reactor-netty"),
        Map.entry("fastpath.transport.event-loops", "4"),
        Map.entry("fastpath.transport.reuse-port", "false"),
        Map.entry("fastpath.transport.unix-socket", "/tmp/fastpath.sock"),
        Map.entry("fastpath.transport.backlog", "128"),
        Map.entry("fastpath.transport.tcp-no-delay", "false"),
        Map.entry("fastpath.transport.so-keep-alive", "true"),
        Map.entry("fastpath.transport.receive-buffer-size", "64KB"),
        Map.entry("fastpath.transport.send-buffer-size", "128KB"),
        Map.entry("fastpath.limits.max-initial-line-length", "4KB"),
        Map.entry("fastpath.limits.max-header-size", "16KB"),
        Map.entry("fastpath.limits.max-header-count", "50"),
        Map.entry("fastpath.limits.max-body-size", "10MB"),
        Map.entry("fastpath.limits.max-in-flight-per-connection", "4"),
        Map.entry("fastpath.limits.max-connections", "0"),
        Map.entry("fastpath.timeouts.header-read", "5s"),
        Map.entry("fastpath.timeouts.idle", "2m"),
        Map.entry("fastpath.timeouts.body-read", "0"),
        Map.entry("fastpath.execution.max-concurrency", "64"),
        Map.entry("fastpath.execution.default-mode", "offload"),
        Map.entry("fastpath.execution.virtual-thread-carrier", "jdk"),
        Map.entry("fastpath.validation.runner", "jackson"),
        Map.entry("fastpath.validation.unknown-properties", "reject"),
        Map.entry("fastpath.validation.max-violations", "10"),
        Map.entry("fastpath.access-log.enabled", "true"),
        Map.entry("fastpath.access-log.format", "combined")));
    ServerConfig.Builder builder = ServerConfig.builder();
    new FastpathPropertiesMapper(properties).customize(builder);
    ServerConfig config = builder.build();

    assertThat(config.io().transport()).isEqualTo(Transport.IO_URING);
    assertThat(config.engine()).isEqualTo(TransportProvider.REACTOR_NETTY);
    assertThat(config.io().eventLoops()).isEqualTo(4);
    assertThat(config.io().reusePort()).isFalse();
    assertThat(config.bind().unixSocket()).isEqualTo(Path.of("/tmp/fastpath.sock"));
    assertThat(config.io().backlog()).isEqualTo(128);
    assertThat(config.io().tcpNoDelay()).isFalse();
    assertThat(config.io().soKeepAlive()).isTrue();
    assertThat(config.io().receiveBufferSize()).isEqualTo(64 * 1024);
    assertThat(config.io().sendBufferSize()).isEqualTo(128 * 1024);
    assertThat(config.limits().maxInitialLineLength()).isEqualTo(4 * 1024);
    assertThat(config.limits().maxHeaderSize()).isEqualTo(16 * 1024);
    assertThat(config.limits().maxHeaderCount()).isEqualTo(50);
    assertThat(config.limits().maxBodySize()).isEqualTo(10 * 1024 * 1024);
    assertThat(config.limits().maxInFlightPerConnection()).isEqualTo(4);
    assertThat(config.limits().maxConnections()).isZero();
    assertThat(config.timeouts().headerRead()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.timeouts().idle()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.timeouts().bodyRead()).isEqualTo(Duration.ZERO);
    assertThat(config.execution().maxConcurrency()).isEqualTo(64);
    assertThat(config.execution().carrier()).isEqualTo(VirtualThreadCarrier.JDK);
    assertThat(properties.getExecution().getDefaultMode()).isEqualTo(FastpathProperties.ExecutionDefault.OFFLOAD);
    assertThat(properties.getValidation().getRunner()).isEqualTo(FastpathProperties.Validation.Runner.JACKSON);
    assertThat(properties.getValidation().getUnknownProperties())
        .isEqualTo(FastpathProperties.Validation.UnknownProperties.REJECT);
    assertThat(properties.getValidation().getMaxViolations()).isEqualTo(10);
    assertThat(properties.getAccessLog().isEnabled()).isTrue();
    assertThat(properties.getAccessLog().getFormat()).isEqualTo(FastpathProperties.AccessLog.Format.COMBINED);
  }

  @Test
  void defaultsPassValidation() {
    assertThat(validate(new FastpathProperties())).isEmpty();
  }

  @Test
  void rejectsOutOfRangeValuesNamingPropertyAndRange() {
    FastpathProperties properties = bind(Map.of(
        "fastpath.limits.max-header-size", "0",
        "fastpath.limits.max-body-size", "3GB",
        "fastpath.transport.event-loops", "-1",
        "fastpath.timeouts.idle", "-1s",
        "fastpath.execution.max-concurrency", "0"));

    assertThat(validate(properties)).containsExactlyInAnyOrder(
        "transport.eventLoops: fastpath.transport.event-loops must be between 0 and 4096, was -1",
        "limits.maxHeaderSize: fastpath.limits.max-header-size must be between 1B and 2147483647B, was 0B",
        "limits.maxBodySize: fastpath.limits.max-body-size must be between 0B and 2147483647B, was 3221225472B",
        "timeouts.idle: fastpath.timeouts.idle must be 0 (disabled) or positive, was PT-1S",
        "execution.maxConcurrency: fastpath.execution.max-concurrency must be between 1 and 2147483647, was 0");
  }

  @Test
  void sizesAcceptBytesWithoutUnit() {
    FastpathProperties properties = bind(Map.of("fastpath.limits.max-body-size", "1024"));

    assertThat(properties.getLimits().getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(1));
  }

  static FastpathProperties bind(Map<String, String> values) {
    Binder binder = new Binder(new MapConfigurationPropertySource(values));
    return binder.bind("fastpath", Bindable.ofInstance(new FastpathProperties())).get();
  }

  static List<String> validate(FastpathProperties properties) {
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(properties, "fastpath");
    properties.validate(properties, errors);
    return errors.getFieldErrors().stream().map(FastpathPropertiesTests::describe).toList();
  }

  private static String describe(FieldError error) {
    return error.getField() + ": " + error.getDefaultMessage();
  }
}
