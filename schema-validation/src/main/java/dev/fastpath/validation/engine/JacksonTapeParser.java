package dev.fastpath.validation.engine;

import dev.fastpath.validation.JsonError;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Builds a {@link JsonTape} in simdjson's layout from Jackson 3's streaming parser, so that the same validator
 * program runs on it. Used where simdjson-java cannot run, and to diagnose input simdjson-java rejected (it
 * gives no positions, and it refuses integers beyond 64 bits that Jackson reads).
 *
 * <p>It applies simdjson's acceptance rules so that both runners agree: strict UTF-8 (no overlong forms, no
 * encoded surrogates), no unpaired {@code \\u} surrogate escapes, and, like the simdjson runner's tape check,
 * no duplicate member names and no number beyond the double range. Integers beyond 64 bits become the nearest
 * double (they are integral either way). One instance per thread; its arrays grow up to the body limit's
 * needs and are reused.
 */
final class JacksonTapeParser {

  private final JsonFactory factory;

  private final int maxDepth;

  private long[] tape = new long[1024];

  private byte[] strings = new byte[4096];

  private int tapeIndex;

  private int stringIndex;

  private int[] openStarts;

  private int[] openCounts;

  JacksonTapeParser(int maxBodyBytes, int maxDepth) {
    this.maxDepth = maxDepth;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth)
            .maxDocumentLength(maxBodyBytes)
            .maxNumberLength(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.openStarts = new int[Math.min(maxDepth, 64) + 2];
    this.openCounts = new int[this.openStarts.length];
  }

  /**
   * Parses {@code json[0, length)} into {@code into}.
   *
   * @throws ParseFailure the input is not an acceptable JSON document
   */
  void parse(byte[] json, int length, JsonTape into) {
    int badUtf8 = Utf8Validation.firstInvalid(json, length);
    if (badUtf8 >= 0) {
      throw new ParseFailure(JsonError.Kind.MALFORMED, "invalid UTF-8 byte sequence", badUtf8);
    }
    this.tapeIndex = 0;
    this.stringIndex = 0;
    try (JsonParser parser = this.factory.createParser(ObjectReadContext.empty(), json, 0, length)) {
      build(parser);
    } catch (StreamConstraintsException ex) {
      long offset = offset(ex.getLocation());
      if (ex.getMessage() != null && ex.getMessage().contains("nesting depth")) {
        throw DepthScanner.tooDeep(this.maxDepth, offset);
      }
      throw new ParseFailure(JsonError.Kind.MALFORMED, firstLine(ex.getOriginalMessage()), offset);
    } catch (JacksonException ex) {
      throw new ParseFailure(JsonError.Kind.MALFORMED, firstLine(ex.getOriginalMessage()), offset(ex.getLocation()));
    }
    into.set(this.tape, this.strings);
  }

  private void build(JsonParser parser) {
    if (parser.nextToken() == null) {
      throw new ParseFailure(JsonError.Kind.MALFORMED, "no JSON value found", 0);
    }
    ensureTape(2);
    this.tapeIndex = 1;
    int depth = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      if (depth > 0 && token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT
          && (token == JsonToken.PROPERTY_NAME || !isObject(depth))) {
        this.openCounts[depth]++;
      }
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          depth++;
          if (depth >= this.openStarts.length) {
            this.openStarts = Arrays.copyOf(this.openStarts, this.openStarts.length * 2);
            this.openCounts = Arrays.copyOf(this.openCounts, this.openCounts.length * 2);
          }
          this.openStarts[depth] = this.tapeIndex;
          this.openCounts[depth] = 0;
          ensureTape(1);
          this.tape[this.tapeIndex++] = (long) (token == JsonToken.START_OBJECT ? JsonTape.START_OBJECT : JsonTape.START_ARRAY) << 56;
        }
        case END_OBJECT, END_ARRAY -> {
          int start = this.openStarts[depth];
          int count = Math.min(this.openCounts[depth], JsonTape.COUNT_MASK);
          ensureTape(1);
          this.tape[this.tapeIndex++] = ((long) (token == JsonToken.END_OBJECT ? JsonTape.END_OBJECT : JsonTape.END_ARRAY) << 56) | start;
          this.tape[start] = (this.tape[start] & 0xFF00_0000_0000_0000L) | ((long) count << 32) | this.tapeIndex;
          depth--;
        }
        case PROPERTY_NAME, VALUE_STRING -> appendString(parser);
        case VALUE_NUMBER_INT -> appendInteger(parser);
        case VALUE_NUMBER_FLOAT -> appendDouble(parser, parseDouble(parser));
        case VALUE_TRUE -> appendAtom(JsonTape.TRUE);
        case VALUE_FALSE -> appendAtom(JsonTape.FALSE);
        case VALUE_NULL -> appendAtom(JsonTape.NULL);
        default -> throw new ParseFailure(JsonError.Kind.MALFORMED, "unexpected token " + token,
            offset(parser.currentTokenLocation()));
      }
      if (depth == 0) {
        break;
      }
      token = parser.nextToken();
    }
    if (parser.nextToken() != null) {
      throw new ParseFailure(JsonError.Kind.MALFORMED, "unexpected content after the JSON value",
          offset(parser.currentTokenLocation()));
    }
    ensureTape(1);
    this.tape[0] = ((long) JsonTape.ROOT << 56) | (this.tapeIndex + 1);
    this.tape[this.tapeIndex++] = (long) JsonTape.ROOT << 56;
  }

  private boolean isObject(int depth) {
    return (int) (this.tape[this.openStarts[depth]] >>> 56) == JsonTape.START_OBJECT;
  }

  private void appendAtom(int type) {
    ensureTape(1);
    this.tape[this.tapeIndex++] = (long) type << 56;
  }

  private void appendInteger(JsonParser parser) {
    char[] text = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    boolean negative = text[offset] == '-';
    int digits = negative ? length - 1 : length;
    if (digits <= 18) {
      long value = 0;
      for (int i = negative ? 1 : 0; i < length; i++) {
        value = value * 10 + (text[offset + i] - '0');
      }
      appendLong(negative ? -value : value);
      return;
    }
    try {
      appendLong(Long.parseLong(new String(text, offset, length)));
    } catch (NumberFormatException ex) {
      // Beyond 64 bits: the nearest double, as for any other number simdjson would hold as a double.
      appendDouble(parser, parseDouble(parser));
    }
  }

  private double parseDouble(JsonParser parser) {
    return Double.parseDouble(new String(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
  }

  private void appendLong(long value) {
    ensureTape(2);
    this.tape[this.tapeIndex++] = (long) JsonTape.INT64 << 56;
    this.tape[this.tapeIndex++] = value;
  }

  private void appendDouble(JsonParser parser, double value) {
    if (Double.isInfinite(value)) {
      throw outOfRange(offset(parser.currentTokenLocation()));
    }
    ensureTape(2);
    this.tape[this.tapeIndex++] = (long) JsonTape.DOUBLE << 56;
    this.tape[this.tapeIndex++] = Double.doubleToRawLongBits(value);
  }

  static ParseFailure outOfRange(long offset) {
    return new ParseFailure(JsonError.Kind.MALFORMED,
        "number out of range: its magnitude exceeds the largest double (1.8e308)", offset);
  }

  private void appendString(JsonParser parser) {
    char[] text = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    ensureStrings(4 + 3 * length);
    int start = this.stringIndex;
    int at = start + 4;
    byte[] out = this.strings;
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = text[i];
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 >= end || !Character.isLowSurrogate(text[i + 1])) {
          throw new ParseFailure(JsonError.Kind.MALFORMED, "unpaired UTF-16 surrogate in a \\u escape",
              offset(parser.currentTokenLocation()));
        }
        int codePoint = Character.toCodePoint(c, text[++i]);
        out[at++] = (byte) (0xF0 | (codePoint >> 18));
        out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (codePoint & 0x3F));
      } else {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    int byteLength = at - start - 4;
    out[start] = (byte) (byteLength >>> 24);
    out[start + 1] = (byte) (byteLength >>> 16);
    out[start + 2] = (byte) (byteLength >>> 8);
    out[start + 3] = (byte) byteLength;
    this.stringIndex = at;
    ensureTape(1);
    this.tape[this.tapeIndex++] = ((long) JsonTape.STRING << 56) | start;
  }

  private void ensureTape(int more) {
    if (this.tapeIndex + more > this.tape.length) {
      this.tape = Arrays.copyOf(this.tape, Math.max(this.tape.length * 2, this.tapeIndex + more));
    }
  }

  private void ensureStrings(int more) {
    if (this.stringIndex + more > this.strings.length) {
      this.strings = Arrays.copyOf(this.strings, Math.max(this.strings.length * 2, this.stringIndex + more));
    }
  }

  private static long offset(TokenStreamLocation location) {
    return location == null ? -1 : location.getByteOffset();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "not a valid JSON document";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
