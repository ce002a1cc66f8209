package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidDefinitionException;

/**
 * Binds a JSON body with Boot's {@code JsonMapper} as Spring's Jackson message converter does, with its
 * exceptions and messages: {@code HttpMessageNotReadableException("JSON parse error: …")} (400) for what
 * Jackson cannot read, {@code HttpMessageConversionException("Type definition error: …")} (500) for a type
 * Jackson cannot bind at all.
 *
 * @since 0.1
 */
final class JsonBodyBinder {

  private final ObjectReader reader;

  JsonBodyBinder(ObjectReader reader) {
    this.reader = reader;
  }

  /** Reads the request's body stream: the bytes as they are for Unicode charsets, else through a reader. */
  @Nullable Object bind(WebExchange exchange, Charset charset) throws Exception {
    InputStream body = exchange.request().body().asInputStream();
    try {
      if (charset == StandardCharsets.UTF_8 || charset.name().startsWith("UTF-")) {
        // Jackson detects UTF-8/16/32 from the bytes, as it does behind Spring's converter
        return this.reader.readValue(body);
      }
      return this.reader.readValue(new InputStreamReader(body, charset));
    } catch (JacksonException ex) {
      throw translate(exchange, ex);
    }
  }

  /** Reads {@code json[0, length)}, UTF-8 (or detected Unicode). */
  @Nullable Object bind(WebExchange exchange, byte[] json, int length) throws Exception {
    try {
      return this.reader.readValue(json, 0, length);
    } catch (JacksonException ex) {
      throw translate(exchange, ex);
    }
  }

  /** As {@link #bind(WebExchange, byte[], int)}, {@code null} where Jackson fails. */
  @Nullable Object bindOrNull(WebExchange exchange, byte[] json, int length) {
    try {
      return bind(exchange, json, length);
    } catch (Exception ex) {
      return null;
    }
  }

  private static RuntimeException translate(WebExchange exchange, JacksonException ex) {
    if (ex instanceof InvalidDefinitionException definition) {
      return new HttpMessageConversionException("Type definition error: " + definition.getType(), ex);
    }
    return new HttpMessageNotReadableException("JSON parse error: " + ex.getOriginalMessage(), ex,
        new ExchangeInputMessage(exchange));
  }
}
