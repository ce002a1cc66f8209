package dev.fastpath.autoconfigure;

import dev.fastpath.transport.ServerConfig;

/**
 * Adjusts the engine configuration before the Fastpath server starts. Every bean of this type is applied in
 * {@link org.springframework.core.Ordered order}, after {@code fastpath.*} properties and Boot's
 * {@code server.port}/{@code server.address} were applied to the builder, so a customizer has the last word.
 *
 * <pre>{@code
 * @Bean
 * FastpathServerCustomizer moreLoops() {
 *   return builder -> builder.eventLoops(8).maxConnections(50_000);
 * }
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FastpathServerCustomizer {

  /** Changes {@code builder}; the server validates the result when it builds it. */
  void customize(ServerConfig.Builder builder);
}
