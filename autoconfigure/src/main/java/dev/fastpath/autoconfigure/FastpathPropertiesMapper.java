package dev.fastpath.autoconfigure;

import dev.fastpath.transport.ServerConfig;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * Applies {@link FastpathProperties} to the engine's {@link ServerConfig.Builder}. The auto-configuration
 * applies it first, before the {@link FastpathServerCustomizer} beans.
 *
 * @since 0.1
 */
public final class FastpathPropertiesMapper implements FastpathServerCustomizer {

  private final FastpathProperties properties;

  public FastpathPropertiesMapper(FastpathProperties properties) {
    this.properties = properties;
  }

  @Override
  public void customize(ServerConfig.Builder builder) {
    PropertyMapper map = PropertyMapper.get();
    FastpathProperties.TransportSettings transport = this.properties.getTransport();
    map.from(transport::getEngine).to(builder::transport);
    map.from(transport::getProvider).to(builder::engine);
    map.from(transport::getEventLoops).to(builder::eventLoops);
    map.from(transport::isReusePort).to(builder::reusePort);
    map.from(transport::getUnixSocket).to(builder::unixSocket);
    map.from(transport::getBacklog).to(builder::backlog);
    map.from(transport::isTcpNoDelay).to(builder::tcpNoDelay);
    map.from(transport::isSoKeepAlive).to(builder::soKeepAlive);
    map.from(transport::getReceiveBufferSize).as(FastpathPropertiesMapper::bytes).to(builder::receiveBufferSize);
    map.from(transport::getSendBufferSize).as(FastpathPropertiesMapper::bytes).to(builder::sendBufferSize);

    FastpathProperties.Limits limits = this.properties.getLimits();
    map.from(limits::getMaxInitialLineLength).as(FastpathPropertiesMapper::bytes).to(builder::maxInitialLineLength);
    map.from(limits::getMaxHeaderSize).as(FastpathPropertiesMapper::bytes).to(builder::maxHeaderSize);
    map.from(limits::getMaxHeaderCount).to(builder::maxHeaderCount);
    map.from(limits::getMaxBodySize).as(FastpathPropertiesMapper::bytes).to(builder::maxBodySize);
    map.from(limits::getMaxInFlightPerConnection).to(builder::maxInFlightPerConnection);
    map.from(limits::getMaxConnections).to(builder::maxConnections);

    FastpathProperties.Timeouts timeouts = this.properties.getTimeouts();
    map.from(timeouts::getHeaderRead).to(builder::headerReadTimeout);
    map.from(timeouts::getIdle).to(builder::idleTimeout);
    map.from(timeouts::getBodyRead).to(builder::bodyReadTimeout);

    map.from(this.properties.getExecution()::getMaxConcurrency).to(builder::maxConcurrency);
    map.from(this.properties.getExecution()::getVirtualThreadCarrier).to(builder::virtualThreadCarrier);
  }

  /** Validated by {@link FastpathPropertiesChecks} to fit an {@code int}. */
  private static int bytes(DataSize size) {
    return Math.toIntExact(size.toBytes());
  }
}
