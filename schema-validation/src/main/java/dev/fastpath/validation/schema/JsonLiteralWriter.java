package dev.fastpath.validation.schema;

import java.util.Map;

/** Writes a {@link JsonLiteral} as compact JSON text (for messages and for encoding constants). */
final class JsonLiteralWriter {

  private JsonLiteralWriter() {
  }

  static String write(JsonLiteral literal) {
    StringBuilder out = new StringBuilder();
    append(out, literal);
    return out.toString();
  }

  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2);
    appendString(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, JsonLiteral literal) {
    switch (literal) {
      case JsonLiteral.Null n -> out.append("null");
      case JsonLiteral.Bool b -> out.append(b.value());
      case JsonLiteral.Num n -> out.append(n.value().toString());
      case JsonLiteral.Str s -> appendString(out, s.value());
      case JsonLiteral.Arr a -> {
        out.append('[');
        for (int i = 0; i < a.items().size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          append(out, a.items().get(i));
        }
        out.append(']');
      }
      case JsonLiteral.Obj o -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonLiteral> member : o.members().entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          appendString(out, member.getKey());
          out.append(':');
          append(out, member.getValue());
        }
        out.append('}');
      }
    }
  }

  private static void appendString(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
