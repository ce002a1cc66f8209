package dev.fastpath.http1;

import io.netty.buffer.ByteBuf;

/**
 * Validates the extensions of a chunk line exactly per RFC 9112 §7.1.1:
 * {@code chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )} with
 * {@code chunk-ext-val = token / quoted-string}. Extensions carry no meaning here and are dropped, but a
 * lax parser is how chunk framing gets smuggled past a proxy that reads it differently, so anything
 * else is refused.
 */
final class Http1ChunkExtensions {

  private Http1ChunkExtensions() {}

  /** @throws Http1DecodeException unless {@code [from, to)} is a valid chunk-ext */
  static void validate(ByteBuf in, int from, int to) {
    int i = from;
    for (;;) {
      int semicolon = Http1Chars.skipOws(in, i, to);
      if (semicolon == to) {
        if (semicolon != i) {
          throw Http1DecodeException.malformed(
              "Expected no whitespace at the end of a chunk line (RFC 9112 §7.1.1)", in, from, to);
        }
        return;
      }
      if (in.getByte(semicolon) != ';') {
        throw Http1DecodeException.malformed(
            "Expected ';' before a chunk extension (RFC 9112 §7.1.1)", in, from, to);
      }
      int name = Http1Chars.skipOws(in, semicolon + 1, to);
      int nameEnd = tokenEnd(in, name, to);
      if (nameEnd == name) {
        throw Http1DecodeException.malformed("Expected a chunk extension name (RFC 9112 §7.1.1)", in, from, to);
      }
      int equals = Http1Chars.skipOws(in, nameEnd, to);
      if (equals < to && in.getByte(equals) == '=') {
        int value = Http1Chars.skipOws(in, equals + 1, to);
        i = value < to && in.getByte(value) == '"' ? quotedStringEnd(in, value, to) : tokenValueEnd(in, value, to);
      } else {
        i = nameEnd;
      }
    }
  }

  private static int tokenEnd(ByteBuf in, int from, int to) {
    int end = from < to ? in.forEachByte(from, to - from, Http1Chars.WHILE_TCHAR) : -1;
    return end < 0 ? to : end;
  }

  private static int tokenValueEnd(ByteBuf in, int from, int to) {
    int end = tokenEnd(in, from, to);
    if (end == from) {
      throw Http1DecodeException.malformed(
          "Expected a token or quoted-string chunk extension value (RFC 9112 §7.1.1)", in, from, to);
    }
    return end;
  }

  /** {@code quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE} (RFC 9110 §5.6.4). */
  private static int quotedStringEnd(ByteBuf in, int quote, int to) {
    int i = quote + 1;
    while (i < to) {
      byte b = in.getByte(i);
      if (b == '"') {
        return i + 1;
      }
      if (b == '\\') {
        // quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ): exactly the field-content bytes
        if (i + 1 >= to || !Http1Chars.FIELD_CONTENT[in.getByte(i + 1) & 0xFF]) {
          break;
        }
        i += 2;
      } else if (Http1Chars.QDTEXT[b & 0xFF]) {
        i++;
      } else {
        break;
      }
    }
    throw Http1DecodeException.malformed(
        "Expected a closed quoted-string chunk extension value (RFC 9110 §5.6.4)", in, quote, to);
  }
}
