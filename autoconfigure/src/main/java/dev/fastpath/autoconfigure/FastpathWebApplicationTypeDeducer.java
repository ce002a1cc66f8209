package dev.fastpath.autoconfigure;

import org.springframework.boot.WebApplicationType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Makes Boot start a web server when only {@code spring-web} and the Fastpath starter are on the
 * classpath (Boot alone would deduce {@link WebApplicationType#NONE}). Fastpath plugs in as a
 * {@link WebApplicationType#REACTIVE} server because that is the server SPI that needs no Servlet API.
 *
 * @since 0.1
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class FastpathWebApplicationTypeDeducer implements WebApplicationType.Deducer {

  @Override
  public WebApplicationType deduceWebApplicationType() {
    return WebApplicationType.REACTIVE;
  }
}
