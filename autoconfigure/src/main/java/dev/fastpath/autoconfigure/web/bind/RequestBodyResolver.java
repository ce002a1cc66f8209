package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.RequestBody;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidDefinitionException;

/**
 * {@code @RequestBody}, read as Spring MVC's message converters read it: {@code byte[]} and
 * {@code String} accept any content type (a string in the content type's charset, UTF-8 by default),
 * everything else is JSON read by Boot's {@code JsonMapper} from {@code application/json} or
 * {@code application/*+json}. A missing content type counts as {@code application/octet-stream}; no
 * matching reader is a 415 for POST, PUT and PATCH; an empty body is a missing body (400 when
 * required). A {@link RequestBodyValidator}, when present, runs on the raw JSON and its violations
 * become Spring's exceptions.
 *
 * @since 0.1
 */
final class RequestBodyResolver implements ArgumentResolver {

  /** How the body is read, chosen from the parameter type at start-up. */
  enum Kind { BYTES, STRING, JSON }

  static final List<MediaType> JSON_TYPES = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
  private static final List<MediaType> ANY = List.of(MediaType.ALL);

  private final MethodParameter parameter;
  private final Kind kind;
  private final @Nullable ObjectReader reader;
  private final boolean required;
  private final boolean optional;
  private final @Nullable RequestBodyValidator validator;
  private final @Nullable BoundBodyValidator boundValidator;
  private final String objectName;

  RequestBodyResolver(MethodParameter parameter, Kind kind, @Nullable ObjectReader reader, boolean required,
      @Nullable RequestBodyValidator validator, @Nullable BoundBodyValidator boundValidator, String objectName) {
    this.parameter = parameter;
    this.kind = kind;
    this.reader = reader;
    this.required = required;
    this.optional = parameter.isOptional();
    this.validator = validator;
    this.boundValidator = boundValidator;
    this.objectName = objectName;
  }

  @Override
  public @Nullable String validator() {
    if (this.validator != null) {
      return this.validator.description();
    }
    return this.boundValidator != null ? this.boundValidator.description() : null;
  }

  @Override
  public @Nullable Object resolve(WebExchange exchange) throws Exception {
    Object body = read(exchange);
    if (body != null && this.boundValidator != null) {
      this.boundValidator.validate(body, this.parameter, this.objectName);
    }
    if (body == null && this.required && !this.optional) {
      throw new HttpMessageNotReadableException("Required request body is missing: "
          + this.parameter.getExecutable().toGenericString(), new ExchangeInputMessage(exchange));
    }
    return this.optional ? Optional.ofNullable(body) : body;
  }

  private @Nullable Object read(WebExchange exchange) throws Exception {
    String header = exchange.header("Content-Type");
    MediaType contentType;
    boolean noContentType = header == null || header.isEmpty();
    try {
      contentType = noContentType ? MediaType.APPLICATION_OCTET_STREAM : withRequestCharset(MediaType.parseMediaType(header));
    } catch (InvalidMediaTypeException ex) {
      throw new HttpMediaTypeNotSupportedException(ex.getMessage(), supportedTypes());
    }
    RequestBody body = exchange.request().body();
    if (!canRead(contentType)) {
      HttpMethod method = exchange.method();
      if ((method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH)
          || (noContentType && body.length() == 0)) {
        return null;
      }
      throw new HttpMediaTypeNotSupportedException(contentType, supportedTypes(),
          org.springframework.http.HttpMethod.valueOf(method.name()));
    }
    if (body.length() == 0) {
      return null;
    }
    return switch (this.kind) {
      case BYTES -> body.toByteArray();
      case STRING -> body.toString(charset(contentType));
      case JSON -> readJson(exchange, body, contentType);
    };
  }

  /**
   * Boot's {@code CharacterEncodingFilter} sets the request encoding to UTF-8 and Spring's
   * {@code ServletServerHttpRequest} then reports it in the content type: readers and error messages
   * see {@code text/plain;charset=UTF-8} for a {@code text/plain} request.
   */
  private static MediaType withRequestCharset(MediaType contentType) {
    if (contentType.getCharset() != null) {
      return contentType;
    }
    java.util.Map<String, String> parameters = new org.springframework.util.LinkedCaseInsensitiveMap<>();
    parameters.putAll(contentType.getParameters());
    parameters.put("charset", StandardCharsets.UTF_8.toString());
    return new MediaType(contentType.getType(), contentType.getSubtype(), parameters);
  }

  private boolean canRead(MediaType contentType) {
    if (this.kind != Kind.JSON) {
      return true;
    }
    for (MediaType type : JSON_TYPES) {
      if (type.includes(contentType)) {
        return true;
      }
    }
    return false;
  }

  private List<MediaType> supportedTypes() {
    return this.kind == Kind.JSON ? JSON_TYPES : ANY;
  }

  private static Charset charset(MediaType contentType) {
    Charset charset = contentType.getCharset();
    return charset != null ? charset : StandardCharsets.UTF_8;
  }

  private @Nullable Object readJson(WebExchange exchange, RequestBody body, MediaType contentType) throws Exception {
    if (this.validator == null) {
      return bind(exchange, body, contentType);
    }
    byte[] json = body.toByteArray();
    List<BodyViolation> violations = this.validator.validate(json, json.length);
    boolean bindable = violations.stream().allMatch(v -> v.kind() == BodyViolation.Kind.CONSTRAINT);
    Object bound = null;
    if (!bindable || violations.isEmpty()) {
      bound = bind(exchange, body, contentType);
      if (violations.isEmpty()) {
        return bound;
      }
    } else {
      bound = bindOrNull(exchange, body, contentType);
    }
    throw BodyViolationMapper.toException(violations, this.parameter, this.objectName, bound,
        new ExchangeInputMessage(exchange));
  }

  private @Nullable Object bindOrNull(WebExchange exchange, RequestBody body, MediaType contentType) {
    try {
      return bind(exchange, body, contentType);
    } catch (Exception ex) {
      return null;
    }
  }

  /** Binds as Spring's Jackson converter does, with its exceptions and messages. */
  private @Nullable Object bind(WebExchange exchange, RequestBody body, MediaType contentType) throws Exception {
    ObjectReader objectReader = this.reader;
    assert objectReader != null;
    Charset charset = charset(contentType);
    try {
      if (charset == StandardCharsets.UTF_8 || "UTF-16".equals(charset.name()) || "UTF-32".equals(charset.name())
          || charset.name().startsWith("UTF-")) {
        return objectReader.readValue(body.asInputStream());
      }
      return objectReader.readValue(new InputStreamReader(body.asInputStream(), charset));
    } catch (InvalidDefinitionException ex) {
      throw new HttpMessageConversionException("Type definition error: " + ex.getType(), ex);
    } catch (JacksonException ex) {
      throw new HttpMessageNotReadableException("JSON parse error: " + ex.getOriginalMessage(), ex,
          new ExchangeInputMessage(exchange));
    }
  }
}
