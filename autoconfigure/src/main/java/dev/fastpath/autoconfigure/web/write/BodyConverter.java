package dev.fastpath.autoconfigure.web.write;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The message converters of a Spring Boot Web MVC application that can write a response body, in
 * Boot's order — {@code ByteArrayHttpMessageConverter}, {@code StringHttpMessageConverter} (UTF-8),
 * {@code JacksonJsonHttpMessageConverter} — reduced to what decides the outcome: which types each
 * writes and with which media types.
 *
 * @since 0.1
 */
public enum BodyConverter {
  /** {@code byte[]} as {@code application/octet-stream} or any requested type. */
  BYTES,
  /** {@code String} as {@code text/plain} or any requested type, UTF-8 unless the type names a charset. */
  STRING,
  /** Anything as JSON through Boot's {@code JsonMapper}. */
  JSON;

  public static final MediaType ANY_JSON = new MediaType("application", "*+json");
  static final List<MediaType> JSON_TYPES = List.of(MediaType.APPLICATION_JSON, ANY_JSON);
  private static final List<MediaType> BYTES_PRODUCIBLE =
      List.of(MediaType.APPLICATION_OCTET_STREAM, MediaType.ALL, MediaType.APPLICATION_JSON, ANY_JSON);
  private static final List<MediaType> STRING_PRODUCIBLE =
      List.of(MediaType.TEXT_PLAIN, MediaType.ALL, MediaType.APPLICATION_JSON, ANY_JSON);
  private static final List<MediaType> PROBLEM_PRODUCIBLE = List.of(MediaType.APPLICATION_PROBLEM_JSON);

  /** What all converters together can produce for a value of this class (Spring's {@code getProducibleMediaTypes}). */
  public static List<MediaType> producible(Class<?> valueClass) {
    if (valueClass == byte[].class) {
      return BYTES_PRODUCIBLE;
    }
    if (valueClass == String.class) {
      return STRING_PRODUCIBLE;
    }
    if (ProblemDetail.class.isAssignableFrom(valueClass)) {
      return PROBLEM_PRODUCIBLE;
    }
    return JSON_TYPES;
  }

  /** The first converter, in Boot's order, that writes this class as {@code mediaType}; {@code null} if none. */
  public static @Nullable BodyConverter writerFor(Class<?> valueClass, MediaType mediaType) {
    if (valueClass == byte[].class) {
      return BYTES;
    }
    if (valueClass == String.class) {
      return STRING;
    }
    for (MediaType json : JSON_TYPES) {
      if (json.isCompatibleWith(mediaType)) {
        return JSON;
      }
    }
    return null;
  }
}
