package dev.fastpath.autoconfigure.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * One request sent to both servers in a differential test.
 *
 * @param method the request method
 * @param path the path and query
 * @param headers name/value pairs
 * @param body the request body, or {@code null}
 * @param requires what the engine must support for the case: {@code ""} or {@code "templates"} (the
 *     router matches path templates)
 */
record DifferentialCase(String method, String path, List<String> headers, String body, String requires) {

  static DifferentialCase get(String path, String... headers) {
    return new DifferentialCase("GET", path, List.of(headers), null, "");
  }

  static DifferentialCase request(String method, String path, String body, String... headers) {
    return new DifferentialCase(method, path, List.of(headers), body, "");
  }

  static DifferentialCase json(String method, String path, String body) {
    return new DifferentialCase(method, path, List.of("Content-Type", "application/json"), body, "");
  }

  DifferentialCase templated() {
    return new DifferentialCase(this.method, this.path, this.headers, this.body, "templates");
  }

  /** Whether the engine on this branch can serve the case. */
  boolean supported() {
    return switch (this.requires) {
      case "templates" -> DifferentialSupport.TEMPLATES_SUPPORTED;
      default -> true;
    };
  }

  HttpRequest toRequest(int port) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + this.path))
        .method(this.method, this.body != null ? HttpRequest.BodyPublishers.ofString(this.body)
            : HttpRequest.BodyPublishers.noBody());
    List<String> pairs = new ArrayList<>(this.headers);
    for (int i = 0; i < pairs.size(); i += 2) {
      builder.header(pairs.get(i), pairs.get(i + 1));
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return this.method + " " + this.path + (this.headers.isEmpty() ? "" : " " + this.headers)
        + (this.body != null ? " body=" + this.body : "");
  }
}
