package dev.fastpath.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigTests {

  @Test
  void hasTheDocumentedDefaults() {
    ServerConfig config = ServerConfig.defaults();
    assertThat(config.bind()).isEqualTo(new BindConfig("0.0.0.0", 0, null));
    assertThat(config.io()).isEqualTo(new IoConfig(Transport.AUTO, 0, true, 1024, true, false, 0, 0));
    assertThat(config.limits()).isEqualTo(new LimitsConfig(8192, 8192, 100, 2 * 1024 * 1024, 16, 10_000));
    assertThat(config.timeouts()).isEqualTo(new TimeoutsConfig(Duration.ofSeconds(10), Duration.ofSeconds(60),
        Duration.ofSeconds(30)));
    assertThat(config.execution().maxConcurrency()).isEqualTo(1024);
    assertThat(config.engine()).isEqualTo(TransportProvider.FASTPATH);
  }

  @Test
  void shorthandConstructorKeepsEveryOtherDefault() {
    ServerConfig config = new ServerConfig("127.0.0.1", 8080);
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.toBuilder().host("0.0.0.0").port(0).build()).isEqualTo(ServerConfig.defaults());
  }

  @Test
  void builderSetsEverySettingByName() {
    ServerConfig config = ServerConfig.builder()
        .host("127.0.0.1").port(-1).unixSocket(Path.of("/tmp/f.sock"))
        .transport(Transport.NIO).eventLoops(3).reusePort(false).backlog(16).tcpNoDelay(false).soKeepAlive(true)
        .receiveBufferSize(1).sendBufferSize(2)
        .maxInitialLineLength(3).maxHeaderSize(4).maxHeaderCount(5).maxBodySize(6).maxInFlightPerConnection(7)
        .maxConnections(8)
        .headerReadTimeout(Duration.ofMillis(9)).idleTimeout(Duration.ofMillis(10)).bodyReadTimeout(Duration.ZERO)
        .maxConcurrency(11).engine(TransportProvider.REACTOR_NETTY)
        .build();
    assertThat(config.bind()).isEqualTo(new BindConfig("127.0.0.1", -1, Path.of("/tmp/f.sock")));
    assertThat(config.bind().tcpEnabled()).isFalse();
    assertThat(config.io()).isEqualTo(new IoConfig(Transport.NIO, 3, false, 16, false, true, 1, 2));
    assertThat(config.limits()).isEqualTo(new LimitsConfig(3, 4, 5, 6, 7, 8));
    assertThat(config.timeouts()).isEqualTo(new TimeoutsConfig(Duration.ofMillis(9), Duration.ofMillis(10),
        Duration.ZERO));
    assertThat(config.execution()).isEqualTo(new ExecutionConfig(11));
    assertThat(config.engine()).isEqualTo(TransportProvider.REACTOR_NETTY);
    assertThat(config.toBuilder().build()).isEqualTo(config);
  }

  @Test
  void namesTheInvalidSetting() {
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().port(70000).build())
        .withMessageContaining("port");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().port(-1).build())
        .withMessageContaining("unixSocket");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().host(" ").build())
        .withMessageContaining("host");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().eventLoops(-1).build())
        .withMessageContaining("eventLoops");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().backlog(0).build())
        .withMessageContaining("backlog");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().maxHeaderCount(0).build())
        .withMessageContaining("maxHeaderCount");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().maxInFlightPerConnection(0).build())
        .withMessageContaining("maxInFlightPerConnection");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().maxConnections(-1).build())
        .withMessageContaining("maxConnections");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder()
        .headerReadTimeout(Duration.ofSeconds(-1)).build()).withMessageContaining("headerRead");
    assertThatIllegalArgumentException().isThrownBy(() -> ServerConfig.builder().maxConcurrency(0).build())
        .withMessageContaining("maxConcurrency");
  }

  @Test
  void checksTimeoutsTenTimesPerShortestTimeoutWithinBounds() {
    assertThat(ServerContext.tickNanos(TimeoutsConfig.DEFAULTS)).isEqualTo(1_000_000_000L);
    assertThat(ServerContext.tickNanos(new TimeoutsConfig(Duration.ofMillis(300), Duration.ZERO, Duration.ZERO)))
        .isEqualTo(30_000_000L);
    assertThat(ServerContext.tickNanos(new TimeoutsConfig(Duration.ofMillis(1), Duration.ZERO, Duration.ZERO)))
        .isEqualTo(10_000_000L);
    assertThat(ServerContext.tickNanos(new TimeoutsConfig(Duration.ZERO, Duration.ZERO, Duration.ZERO))).isZero();
  }
}
