package dev.fastpath.bench.routing;

import dev.fastpath.http.HttpMethod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The GitHub API route set of go-http-routing-benchmark ({@code github-api.routes}), and for each route
 * a request path made from its template with every variable replaced by its own name (as that suite
 * requests {@code /repos/:owner/:repo} literally).
 */
final class GithubRoutes {

  record Entry(HttpMethod method, String template, String path) {}

  private GithubRoutes() {}

  static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(GithubRoutes.class.getResourceAsStream("github-api.routes"));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ", 2);
        String template = parts[1];
        entries.add(new Entry(HttpMethod.valueOf(parts[0]), template, template.replaceAll("\\{(\\w+)}", "$1")));
      }
    }
    catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return entries;
  }
}
