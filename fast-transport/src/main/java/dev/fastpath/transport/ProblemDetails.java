package dev.fastpath.transport;

import dev.fastpath.http1.Http1ResponseEncoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The small {@code application/problem+json} bodies (RFC 9457) the engine answers errors with:
 * {@code {"type":"about:blank","title":…,"status":…,"detail":…}}. The detail is a safe message: never
 * request bytes. Shared by both engines so their error answers look alike.
 *
 * @since 0.1
 */
public final class ProblemDetails {

  /** {@code application/problem+json}. */
  public static final String CONTENT_TYPE = "application/problem+json";

  private ProblemDetails() {}

  /** The body for {@code status} with an optional safe {@code detail}. */
  public static byte[] body(int status, @Nullable String detail) {
    StringBuilder json = new StringBuilder(96)
        .append("{\"type\":\"about:blank\",\"title\":");
    appendString(json, reasonPhrase(status));
    json.append(",\"status\":").append(status);
    if (detail != null && !detail.isEmpty()) {
      json.append(",\"detail\":");
      appendString(json, detail);
    }
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The reason phrase of {@code status}: the one our status lines carry (RFC 9110 §15 names, as Spring's
   * {@code HttpStatus}), else Netty's, which falls back to a generic one for the status class.
   */
  public static String reasonPhrase(int status) {
    String phrase = Http1ResponseEncoder.reasonPhrase(status);
    return phrase.isEmpty() ? HttpResponseStatus.valueOf(status).reasonPhrase() : phrase;
  }

  private static void appendString(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
