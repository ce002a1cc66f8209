package dev.fastpath.autoconfigure.web.bind;

import dev.fastpath.autoconfigure.web.exchange.WebExchange;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.RequestBody;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code @RequestBody}, read as Spring MVC's message converters read it: {@code byte[]} and
 * {@code String} accept any content type (a string in the content type's charset, UTF-8 by default),
 * everything else is JSON read by Boot's {@code JsonMapper} from {@code application/json} or
 * {@code application/*+json}. A missing content type counts as {@code application/octet-stream}; no
 * matching reader is a 415 for POST, PUT and PATCH; an empty body is a missing body (400 when
 * required). A {@link RequestBodyValidator}, when present, validates and usually binds the raw JSON in one
 * parse (Jackson then never runs for a valid body); its violations become Spring's exceptions, and every
 * refused body is reported to the {@code FastpathValidationListener}s.
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
  private final JsonBodyBinder binder;
  private final boolean required;
  private final boolean optional;
  private final @Nullable RequestBodyValidator validator;
  private final @Nullable BoundBodyValidator boundValidator;
  private final @Nullable BoundBodyValidator deferredValidator;
  private final RejectedBodies rejectedBodies;
  private final String objectName;

  /**
   * @param validator the precompiled validator, or {@code null}
   * @param boundValidator Bean Validation for every bound body (the opt-in fallback), or {@code null}
   * @param deferredValidator Bean Validation for the bodies the precompiled validator defers, or {@code null}
   */
  RequestBodyResolver(MethodParameter parameter, Kind kind, JsonBodyBinder binder, boolean required,
      @Nullable RequestBodyValidator validator, @Nullable BoundBodyValidator boundValidator,
      @Nullable BoundBodyValidator deferredValidator, RejectedBodies rejectedBodies, String objectName) {
    this.parameter = parameter;
    this.kind = kind;
    this.binder = binder;
    this.deferredValidator = deferredValidator;
    this.rejectedBodies = rejectedBodies;
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
    if (this.validator == null && this.boundValidator == null) {
      return resolveBody(exchange);
    }
    try {
      return resolveBody(exchange);
    } catch (Exception ex) {
      this.rejectedBodies.report(exchange, ex);
      throw ex;
    }
  }

  private @Nullable Object resolveBody(WebExchange exchange) throws Exception {
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
      return this.binder.bind(exchange, charset(contentType));
    }
    Charset charset = charset(contentType);
    if (charset != StandardCharsets.UTF_8 && !StandardCharsets.US_ASCII.equals(charset)) {
      // the validators read UTF-8; other charsets are rare enough to transcode first
      byte[] json = body.toString(charset).getBytes(StandardCharsets.UTF_8);
      return validateAndBind(exchange, json, json.length);
    }
    int length = body.length();
    byte[] scratch = ScratchBuffers.SHARED.acquire(length);
    try {
      body.copyTo(scratch);
      return validateAndBind(exchange, scratch, length);
    } finally {
      ScratchBuffers.SHARED.release(scratch);
    }
  }

  /** One parse: the validator's verdict decides whether Jackson runs at all. */
  private @Nullable Object validateAndBind(WebExchange exchange, byte[] json, int length) throws Exception {
    RequestBodyValidator bodyValidator = this.validator;
    assert bodyValidator != null;
    return switch (bodyValidator.validateAndBind(json, length)) {
      case BodyValidation.Bound bound -> bound.value();
      case BodyValidation.Validated validated -> this.binder.bind(exchange, json, length);
      case BodyValidation.Deferred deferred -> deferred(exchange, json, length);
      case BodyValidation.Invalid invalid -> throw invalid(exchange, invalid, json, length);
      case BodyValidation.Rejected rejected -> throw rejected(exchange, rejected, json, length);
    };
  }

  /** A shape the validator does not mirror: Jackson binds, then Bean Validation decides, as in Spring MVC. */
  private @Nullable Object deferred(WebExchange exchange, byte[] json, int length) throws Exception {
    Object bound = this.binder.bind(exchange, json, length);
    if (bound != null && this.deferredValidator != null) {
      this.deferredValidator.validate(bound, this.parameter, this.objectName);
    }
    return bound;
  }

  /**
   * A binding failure is answered with Jackson's own exception and message, as Spring MVC answers it (Jackson
   * runs only on this error path); constraint violations are reported against the object Jackson binds, as
   * Spring's {@code BeanPropertyBindingResult} reads rejected values and field types from it.
   */
  private Exception invalid(WebExchange exchange, BodyValidation.Invalid invalid, byte[] json, int length)
      throws Exception {
    ExchangeInputMessage input = new ExchangeInputMessage(exchange);
    if (invalid.bindingFailure()) {
      this.binder.bind(exchange, json, length);
      // Jackson binds what the validator refused (e.g. fastpath.validation.unknown-properties=reject)
      return BodyViolationMapper.toException(invalid.violations(), this.parameter, this.objectName, null, input);
    }
    Object bound = this.binder.bindOrNull(exchange, json, length);
    return BodyViolationMapper.toException(invalid.violations(), this.parameter, this.objectName, bound, input);
  }

  private Exception rejected(WebExchange exchange, BodyValidation.Rejected rejected, byte[] json, int length)
      throws Exception {
    if (rejected.problem() == BodyValidation.Problem.TOO_LARGE) {
      return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, rejected.message());
    }
    // Jackson's message for what it cannot parse; our own where it parses what we refuse (duplicate names)
    this.binder.bind(exchange, json, length);
    return new HttpMessageNotReadableException("JSON parse error: " + rejected.message(),
        new ExchangeInputMessage(exchange));
  }
}
