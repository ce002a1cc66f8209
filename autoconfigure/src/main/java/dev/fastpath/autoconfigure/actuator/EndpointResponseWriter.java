package dev.fastpath.autoconfigure.actuator;

import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.core.io.Resource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Negotiates the content type of an endpoint response from the request's {@code Accept} header and the
 * operation's producible types, and writes the body: strings and bytes as they are, resources streamed (a
 * file resource with {@code sendFile}), everything else as JSON. {@link OperationResponseBody} types use
 * the Actuator's own {@link EndpointJsonMapper} (as Boot's adapters do), other values the application's
 * {@link JsonMapper}, so {@code spring.jackson.*} applies to them.
 */
final class EndpointResponseWriter {

  private final JsonMapper applicationMapper;
  private final @Nullable EndpointJsonMapper endpointMapper;

  EndpointResponseWriter(JsonMapper applicationMapper, @Nullable EndpointJsonMapper endpointMapper) {
    this.applicationMapper = applicationMapper;
    this.endpointMapper = endpointMapper;
  }

  /**
   * The first of {@code produces} that the request accepts (the request's most specific, highest-quality
   * preference first), the first of {@code produces} when the request accepts anything, or {@code null}
   * when it accepts none of them (406).
   */
  static @Nullable MediaType negotiate(HttpRequest request, Collection<String> produces) {
    List<MediaType> producible = produces.stream().map(MediaType::parseMediaType).toList();
    List<String> accept = request.headers().getAll("Accept");
    if (accept.isEmpty()) {
      return producible.isEmpty() ? MediaType.APPLICATION_JSON : producible.getFirst();
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException ex) {
      return null;
    }
    MimeTypeUtils.sortBySpecificity(accepted);
    if (producible.isEmpty()) {
      return accepted.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith) ? MediaType.APPLICATION_JSON : null;
    }
    for (MediaType acceptable : accepted) {
      if (acceptable.getQualityValue() == 0) {
        continue;
      }
      for (MediaType candidate : producible) {
        if (acceptable.isCompatibleWith(candidate)) {
          return candidate.isConcrete() ? candidate : producible.getFirst();
        }
      }
    }
    return null;
  }

  void write(HttpResponse response, int status, @Nullable Object body, @Nullable MimeType contentType)
      throws IOException {
    response.status(status);
    if (body == null) {
      response.send();
      return;
    }
    String type = contentType != null ? contentType.toString() : MediaType.APPLICATION_JSON_VALUE;
    response.setHeader("Content-Type", type);
    switch (body) {
      case byte[] bytes -> response.send(bytes);
      case CharSequence text -> response.send(text, charset(contentType));
      case Resource resource -> writeResource(response, resource);
      default -> response.send(mapperFor(body).writeValueAsBytes(body));
    }
  }

  private JsonMapper mapperFor(Object body) {
    return body instanceof OperationResponseBody && this.endpointMapper != null ? this.endpointMapper.get()
        : this.applicationMapper;
  }

  private static java.nio.charset.Charset charset(@Nullable MimeType contentType) {
    return contentType != null && contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
  }

  /** Heap dumps and log files can be large: a file goes out with sendfile, anything else streamed. */
  private static void writeResource(HttpResponse response, Resource resource) throws IOException {
    if (resource.isFile()) {
      response.sendFile(resource.getFile().toPath());
      return;
    }
    try (InputStream in = resource.getInputStream(); var out = response.bodyStream()) {
      in.transferTo(out);
    }
  }
}
