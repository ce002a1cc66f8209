package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.schema.JsonLiteral;
import dev.fastpath.validation.schema.JsonLiteralReader;
import dev.fastpath.validation.schema.Schema;
import java.nio.charset.StandardCharsets;

/**
 * Compiles JSON Schema draft 2020-12 documents, and OpenAPI 3.1 component schemas (the same dialect), into
 * validators.
 *
 * <p>Supported: every keyword of the 2020-12 core, applicator, unevaluated and validation vocabularies;
 * {@code $ref} within the document (JSON Pointer fragments, {@code $defs}, {@code $anchor}, {@code $id}-relative
 * refs to embedded resources) and to the 2020-12 meta-schemas (bundled, never fetched), recursive refs;
 * {@code $dynamicRef}/{@code $dynamicAnchor} (resolved statically: a subschema is compiled once per dynamic scope
 * it can be reached in); boolean schemas; {@code format} as an annotation, or asserted with
 * {@link ValidationOptions#assertFormats()}; annotations ({@code title}, {@code description}, {@code default},
 * ...), OpenAPI's annotation keywords ({@code discriminator}, {@code xml}, {@code externalDocs}, {@code example})
 * and {@code x-} extensions. Anything else is an {@link UnsupportedSchemaException} naming the keyword and its
 * location: other remote refs, {@code $schema} other than 2020-12, OpenAPI 3.0's {@code nullable} (write
 * {@code "type": ["string", "null"]}), and unknown keywords.
 *
 * @since 0.1.0
 */
public final class JsonSchemaCompiler {

  private JsonSchemaCompiler() {
  }

  /**
   * Compiles a schema document into a validator.
   *
   * @throws SchemaException the document is not a valid schema, or not valid JSON
   * @throws UnsupportedSchemaException it uses something unsupported
   */
  public static JsonValidator compile(String schemaJson, ValidationOptions options) {
    return JsonValidator.of(toSchema(schemaJson), options);
  }

  /** As {@link #compile(String, ValidationOptions)}, from UTF-8 bytes. */
  public static JsonValidator compile(byte[] schemaJson, ValidationOptions options) {
    return compile(new String(schemaJson, StandardCharsets.UTF_8), options);
  }

  /** Compiles a schema document into the schema model (for inspection, or to combine with other models). */
  public static Schema toSchema(String schemaJson) {
    JsonLiteral document;
    try {
      document = JsonLiteralReader.read(schemaJson);
    } catch (JsonLiteralReader.MalformedJsonException ex) {
      throw new SchemaException("the schema is not valid JSON: " + ex.getMessage(), "#");
    }
    return toSchema(document);
  }

  /** Compiles a parsed schema document into the schema model. */
  public static Schema toSchema(JsonLiteral document) {
    return new NodeCompiler(new SchemaIndex(document)).compileDocument(document);
  }
}
