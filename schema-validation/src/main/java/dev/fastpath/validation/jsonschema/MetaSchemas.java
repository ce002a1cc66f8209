package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.schema.JsonLiteral;
import dev.fastpath.validation.schema.JsonLiteralReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema 2020-12 meta-schema and the vocabulary meta-schemas it combines (core, applicator,
 * unevaluated, validation, meta-data, format-annotation, content), bundled as resources so that a {@code $ref}
 * to {@code https://json-schema.org/draft/2020-12/schema} (or to a vocabulary meta-schema) resolves without
 * fetching anything (§9.1.3 lets an implementation know meta-schemas in advance). Parsed once, on first use;
 * the parsed documents are immutable and shared by all compilations.
 */
final class MetaSchemas {

  private static final String BASE = "https://json-schema.org/draft/2020-12/";

  private static final List<String> NAMES = List.of("schema", "meta/core", "meta/applicator", "meta/unevaluated",
      "meta/validation", "meta/meta-data", "meta/format-annotation", "meta/content");

  private MetaSchemas() {
  }

  /** Whether {@code resourceKey} (a {@link SchemaIndex#key} of an absolute URI) names a bundled meta-schema. */
  static boolean isBundled(String resourceKey) {
    return resourceKey.startsWith(BASE) && NAMES.contains(resourceKey.substring(BASE.length()));
  }

  /** The bundled documents by their {@code $id}. */
  static Map<String, JsonLiteral> documents() {
    return Holder.DOCUMENTS;
  }

  private static final class Holder {

    static final Map<String, JsonLiteral> DOCUMENTS = load();

    private static Map<String, JsonLiteral> load() {
      Map<String, JsonLiteral> documents = new LinkedHashMap<>();
      for (String name : NAMES) {
        String path = "draft2020-12/" + name + ".json";
        try (InputStream in = MetaSchemas.class.getResourceAsStream(path)) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + path);
          }
          documents.put(BASE + name, JsonLiteralReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }
      return Map.copyOf(documents);
    }
  }
}
