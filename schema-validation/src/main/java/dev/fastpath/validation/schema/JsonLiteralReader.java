package dev.fastpath.validation.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into {@link JsonLiteral}s with exact decimal numbers, rejecting duplicate member names.
 * For schema documents and CLI input, not for request bodies (it allocates a tree).
 *
 * @since 0.1.0
 */
public final class JsonLiteralReader {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNumberLength(100_000)
          .maxNestingDepth(2_000)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonLiteralReader() {
  }

  /** Thrown when the text is not one JSON value. */
  public static final class MalformedJsonException extends RuntimeException {

    MalformedJsonException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads one JSON value (surrounding whitespace allowed).
   *
   * @throws MalformedJsonException the text is not exactly one JSON value
   */
  public static JsonLiteral read(String json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return readDocument(parser);
    } catch (JacksonException ex) {
      throw malformed(ex);
    }
  }

  /** Reads one JSON value from UTF-8 bytes; see {@link #read(String)}. */
  public static JsonLiteral read(byte[] json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return readDocument(parser);
    } catch (JacksonException ex) {
      throw malformed(ex);
    }
  }

  private static MalformedJsonException malformed(JacksonException ex) {
    String message = ex.getOriginalMessage() == null ? "invalid JSON" : ex.getOriginalMessage().lines().findFirst().orElse("");
    long offset = ex.getLocation() == null ? -1 : Math.max(ex.getLocation().getCharOffset(), ex.getLocation().getByteOffset());
    return new MalformedJsonException("invalid JSON" + (offset >= 0 ? " at offset " + offset : "") + ": " + message, ex);
  }

  private static JsonLiteral readDocument(JsonParser parser) {
    if (parser.nextToken() == null) {
      throw new MalformedJsonException("invalid JSON: no value", null);
    }
    JsonLiteral value = readValue(parser);
    if (parser.nextToken() != null) {
      throw new MalformedJsonException("invalid JSON: content after the value", null);
    }
    return value;
  }

  private static JsonLiteral readValue(JsonParser parser) {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, JsonLiteral> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          members.put(name, readValue(parser));
        }
        yield new JsonLiteral.Obj(members);
      }
      case START_ARRAY -> {
        List<JsonLiteral> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser));
        }
        yield new JsonLiteral.Arr(items);
      }
      case VALUE_STRING -> new JsonLiteral.Str(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonLiteral.Num(new BigDecimal(parser.getString()));
      case VALUE_TRUE -> new JsonLiteral.Bool(true);
      case VALUE_FALSE -> new JsonLiteral.Bool(false);
      case VALUE_NULL -> JsonLiteral.Null.INSTANCE;
      default -> throw new MalformedJsonException("invalid JSON: unexpected " + token, null);
    };
  }
}
