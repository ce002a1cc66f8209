package dev.fastpath.transport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable engine configuration, grouped by concern. Build one with {@link #builder()}; every group
 * validates its values when constructed, naming the offending setting.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.builder()
 *     .host("127.0.0.1").port(8080)
 *     .maxBodySize(1 << 20)
 *     .headerReadTimeout(Duration.ofSeconds(5))
 *     .build();
 * }</pre>
 *
 * @param bind where to listen
 * @param io event loops, transport and socket options
 * @param limits request and connection limits
 * @param timeouts read timeouts
 * @param execution where handlers run
 * @param engine which engine serves the routes (default {@link TransportProvider#FASTPATH})
 * @since 0.1
 */
public record ServerConfig(
    BindConfig bind,
    IoConfig io,
    LimitsConfig limits,
    TimeoutsConfig timeouts,
    ExecutionConfig execution,
    TransportProvider engine) {

  public ServerConfig {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(io, "io");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(execution, "execution");
    Objects.requireNonNull(engine, "engine");
  }

  /** Shorthand for the defaults with another host and port. */
  public ServerConfig(String host, int port) {
    this(new BindConfig(host, port, null), IoConfig.DEFAULTS, LimitsConfig.DEFAULTS, TimeoutsConfig.DEFAULTS,
        ExecutionConfig.DEFAULTS, TransportProvider.FASTPATH);
  }

  /** Every default: {@code 0.0.0.0}, random port, automatic transport. */
  public static ServerConfig defaults() {
    return builder().build();
  }

  /** The configured bind host ({@code bind().host()}). */
  public String host() {
    return this.bind.host();
  }

  /** The configured TCP port ({@code bind().port()}); 0 is random, -1 is disabled. */
  public int port() {
    return this.bind.port();
  }

  /** A builder with every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this configuration. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects settings one by one; {@link #build()} validates them. Setter names are the settings' names,
   * timeouts carry a {@code Timeout} suffix.
   */
  public static final class Builder {

    private String host;
    private int port;
    private @Nullable Path unixSocket;
    private Transport transport;
    private int eventLoops;
    private boolean reusePort;
    private int backlog;
    private boolean tcpNoDelay;
    private boolean soKeepAlive;
    private int receiveBufferSize;
    private int sendBufferSize;
    private int maxInitialLineLength;
    private int maxHeaderSize;
    private int maxHeaderCount;
    private int maxBodySize;
    private int maxInFlightPerConnection;
    private int maxConnections;
    private Duration headerRead;
    private Duration idle;
    private Duration bodyRead;
    private int maxConcurrency;
    private VirtualThreadCarrier carrier;
    private TransportProvider engine;

    private Builder() {
      this(new ServerConfig(BindConfig.DEFAULTS, IoConfig.DEFAULTS, LimitsConfig.DEFAULTS, TimeoutsConfig.DEFAULTS,
          ExecutionConfig.DEFAULTS, TransportProvider.FASTPATH));
    }

    private Builder(ServerConfig from) {
      bind(from.bind());
      io(from.io());
      limits(from.limits());
      timeouts(from.timeouts());
      this.maxConcurrency = from.execution().maxConcurrency();
      this.carrier = from.execution().carrier();
      this.engine = from.engine();
    }

    /** Replaces every bind setting. */
    public Builder bind(BindConfig bind) {
      this.host = bind.host();
      this.port = bind.port();
      this.unixSocket = bind.unixSocket();
      return this;
    }

    /** Replaces every I/O setting. */
    public Builder io(IoConfig io) {
      this.transport = io.transport();
      this.eventLoops = io.eventLoops();
      this.reusePort = io.reusePort();
      this.backlog = io.backlog();
      this.tcpNoDelay = io.tcpNoDelay();
      this.soKeepAlive = io.soKeepAlive();
      this.receiveBufferSize = io.receiveBufferSize();
      this.sendBufferSize = io.sendBufferSize();
      return this;
    }

    /** Replaces every limit. */
    public Builder limits(LimitsConfig limits) {
      this.maxInitialLineLength = limits.maxInitialLineLength();
      this.maxHeaderSize = limits.maxHeaderSize();
      this.maxHeaderCount = limits.maxHeaderCount();
      this.maxBodySize = limits.maxBodySize();
      this.maxInFlightPerConnection = limits.maxInFlightPerConnection();
      this.maxConnections = limits.maxConnections();
      return this;
    }

    /** Replaces every timeout. */
    public Builder timeouts(TimeoutsConfig timeouts) {
      this.headerRead = timeouts.headerRead();
      this.idle = timeouts.idle();
      this.bodyRead = timeouts.bodyRead();
      return this;
    }

    /** See {@link BindConfig#host()}. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** See {@link BindConfig#port()}. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** See {@link BindConfig#unixSocket()}. */
    public Builder unixSocket(@Nullable Path unixSocket) {
      this.unixSocket = unixSocket;
      return this;
    }

    /** See {@link IoConfig#transport()}. */
    public Builder transport(Transport transport) {
      this.transport = transport;
      return this;
    }

    /** See {@link IoConfig#eventLoops()}. */
    public Builder eventLoops(int eventLoops) {
      this.eventLoops = eventLoops;
      return this;
    }

    /** See {@link IoConfig#reusePort()}. */
    public Builder reusePort(boolean reusePort) {
      this.reusePort = reusePort;
      return this;
    }

    /** See {@link IoConfig#backlog()}. */
    public Builder backlog(int backlog) {
      this.backlog = backlog;
      return this;
    }

    /** See {@link IoConfig#tcpNoDelay()}. */
    public Builder tcpNoDelay(boolean tcpNoDelay) {
      this.tcpNoDelay = tcpNoDelay;
      return this;
    }

    /** See {@link IoConfig#soKeepAlive()}. */
    public Builder soKeepAlive(boolean soKeepAlive) {
      this.soKeepAlive = soKeepAlive;
      return this;
    }

    /** See {@link IoConfig#receiveBufferSize()}. */
    public Builder receiveBufferSize(int receiveBufferSize) {
      this.receiveBufferSize = receiveBufferSize;
      return this;
    }

    /** See {@link IoConfig#sendBufferSize()}. */
    public Builder sendBufferSize(int sendBufferSize) {
      this.sendBufferSize = sendBufferSize;
      return this;
    }

    /** See {@link LimitsConfig#maxInitialLineLength()}. */
    public Builder maxInitialLineLength(int maxInitialLineLength) {
      this.maxInitialLineLength = maxInitialLineLength;
      return this;
    }

    /** See {@link LimitsConfig#maxHeaderSize()}. */
    public Builder maxHeaderSize(int maxHeaderSize) {
      this.maxHeaderSize = maxHeaderSize;
      return this;
    }

    /** See {@link LimitsConfig#maxHeaderCount()}. */
    public Builder maxHeaderCount(int maxHeaderCount) {
      this.maxHeaderCount = maxHeaderCount;
      return this;
    }

    /** See {@link LimitsConfig#maxBodySize()}. */
    public Builder maxBodySize(int maxBodySize) {
      this.maxBodySize = maxBodySize;
      return this;
    }

    /** See {@link LimitsConfig#maxInFlightPerConnection()}. */
    public Builder maxInFlightPerConnection(int maxInFlightPerConnection) {
      this.maxInFlightPerConnection = maxInFlightPerConnection;
      return this;
    }

    /** See {@link LimitsConfig#maxConnections()}. */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    /** See {@link TimeoutsConfig#headerRead()}. */
    public Builder headerReadTimeout(Duration headerRead) {
      this.headerRead = headerRead;
      return this;
    }

    /** See {@link TimeoutsConfig#idle()}. */
    public Builder idleTimeout(Duration idle) {
      this.idle = idle;
      return this;
    }

    /** See {@link TimeoutsConfig#bodyRead()}. */
    public Builder bodyReadTimeout(Duration bodyRead) {
      this.bodyRead = bodyRead;
      return this;
    }

    /** See {@link ExecutionConfig#maxConcurrency()}. */
    public Builder maxConcurrency(int maxConcurrency) {
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    /** See {@link ExecutionConfig#carrier()}. */
    public Builder virtualThreadCarrier(VirtualThreadCarrier carrier) {
      this.carrier = carrier;
      return this;
    }

    /** See {@link ServerConfig#engine()}. */
    public Builder engine(TransportProvider engine) {
      this.engine = engine;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public ServerConfig build() {
      return new ServerConfig(
          new BindConfig(this.host, this.port, this.unixSocket),
          new IoConfig(this.transport, this.eventLoops, this.reusePort, this.backlog, this.tcpNoDelay,
              this.soKeepAlive, this.receiveBufferSize, this.sendBufferSize),
          new LimitsConfig(this.maxInitialLineLength, this.maxHeaderSize, this.maxHeaderCount, this.maxBodySize,
              this.maxInFlightPerConnection, this.maxConnections),
          new TimeoutsConfig(this.headerRead, this.idle, this.bodyRead),
          new ExecutionConfig(this.maxConcurrency, this.carrier),
          this.engine);
    }
  }
}
