package dev.fastpath.validation.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete schema: the root node and the named nodes that {@link Keyword.Ref} points at (JSON Schema
 * {@code $defs} and every other {@code $ref} target, or one entry per DTO class). Names are opaque to the
 * validator; refs may be recursive.
 *
 * @param root the node the document root is validated against
 * @param definitions the nodes {@link Keyword.Ref#target()} names
 * @since 0.1.0
 */
public record Schema(SchemaNode root, Map<String, SchemaNode> definitions) {

  public Schema {
    definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
  }

  /** A schema without definitions. */
  public static Schema of(SchemaNode root) {
    return new Schema(root, Map.of());
  }
}
