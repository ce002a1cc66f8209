package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;

/**
 * The exchange as Spring's {@link HttpInputMessage}: what {@code HttpMessageNotReadableException}
 * carries, so user exception handlers that read it see the request.
 *
 * @since 0.1
 */
public final class ExchangeInputMessage implements HttpInputMessage {

  private final WebExchange exchange;

  public ExchangeInputMessage(WebExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public InputStream getBody() {
    return this.exchange.request().body().asInputStream();
  }

  @Override
  public HttpHeaders getHeaders() {
    return this.exchange.headers();
  }
}
