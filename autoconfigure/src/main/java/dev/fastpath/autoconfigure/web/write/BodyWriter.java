package dev.fastpath.autoconfigure.web.write;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a response body as Spring MVC's message converters write it: negotiates the media type
 * ({@link ContentNegotiator}), then writes bytes as they are, strings in the media type's charset
 * (UTF-8 otherwise, with {@code ;charset=UTF-8} added to non-JSON types as Boot's
 * {@code StringHttpMessageConverter} does), and everything else as JSON with Boot's {@code JsonMapper}.
 * Serialization finishes before anything is sent, so a failure still becomes a proper error answer.
 *
 * @since 0.1
 */
public final class BodyWriter {

  private final JsonMapper jsonMapper;

  public BodyWriter(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  public JsonMapper jsonMapper() {
    return this.jsonMapper;
  }

  /**
   * Sends {@code status}, {@code headers} and {@code body}. A {@code null} body sends no content and no
   * content type.
   *
   * @param declaredType the declared (generic) type of the body, used for JSON containers; may be {@code null}
   */
  public void write(WebExchange exchange, int status, @Nullable HttpHeaders headers, @Nullable Object body,
      @Nullable JavaType declaredType) throws HttpMediaTypeNotAcceptableException {
    HttpResponse response = exchange.response();
    MediaType preset = null;
    if (headers != null) {
      String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
      if (contentType != null) {
        try {
          preset = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException ex) {
          preset = null;
        }
      }
    }
    if (body == null) {
      start(exchange, status, headers);
      response.send();
      return;
    }
    MediaType selected = ContentNegotiator.select(exchange, body, status, preset);
    if (selected == null) {
      start(exchange, status, headers);
      response.send();
      return;
    }
    Object value = body instanceof CharSequence text ? text.toString() : body;
    BodyConverter converter = BodyConverter.writerFor(value.getClass(), selected);
    assert converter != null : "negotiation selected a type no converter writes";
    switch (converter) {
      case BYTES -> {
        byte[] bytes = (byte[]) value;
        start(exchange, status, headers);
        contentType(response, preset, selected);
        response.send(bytes);
      }
      case STRING -> {
        MediaType type = stringType(selected);
        start(exchange, status, headers);
        contentType(response, preset, type);
        response.send((String) value, charset(type));
      }
      case JSON -> {
        byte[] json = json(value, declaredType, selected);
        start(exchange, status, headers);
        contentType(response, preset, selected);
        response.send(json);
      }
    }
  }

  private static void start(WebExchange exchange, int status, @Nullable HttpHeaders headers) {
    exchange.response().status(status);
    if (headers != null) {
      exchange.addResponseHeaders(headers);
    }
  }

  private static void contentType(HttpResponse response, @Nullable MediaType preset, MediaType selected) {
    if (preset == null || !preset.isConcrete()) {
      response.setHeader(HttpHeaders.CONTENT_TYPE, selected.toString());
    }
  }

  /** Boot's string converter adds its UTF-8 default charset, except for JSON (no charset parameter there). */
  private static MediaType stringType(MediaType selected) {
    if (selected.getCharset() != null) {
      return selected;
    }
    if (selected.isConcrete() && (selected.isCompatibleWith(MediaType.APPLICATION_JSON)
        || selected.isCompatibleWith(BodyConverter.ANY_JSON))) {
      return selected;
    }
    return new MediaType(selected, StandardCharsets.UTF_8);
  }

  private static Charset charset(MediaType type) {
    Charset charset = type.getCharset();
    return charset != null ? charset : StandardCharsets.UTF_8;
  }

  private byte[] json(Object value, @Nullable JavaType declaredType, MediaType selected) {
    ObjectWriter writer = this.jsonMapper.writer();
    if (declaredType != null && declaredType.getRawClass().isInstance(value)
        && (declaredType.isContainerType() || declaredType.isTypeOrSubTypeOf(Optional.class))) {
      writer = writer.forType(declaredType);
    }
    try {
      Charset charset = selected.getCharset();
      if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
        return writer.writeValueAsString(value).getBytes(charset);
      }
      return writer.writeValueAsBytes(value);
    } catch (InvalidDefinitionException ex) {
      throw new HttpMessageConversionException("Type definition error: " + ex.getType(), ex);
    } catch (JacksonException ex) {
      throw new HttpMessageNotWritableException("Could not write JSON: " + ex.getOriginalMessage(), ex);
    }
  }
}
