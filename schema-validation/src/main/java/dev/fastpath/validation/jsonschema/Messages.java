package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.schema.JsonType;

/** The plain-English messages of JSON Schema violations. They state the rule, never the instance value. */
final class Messages {

  private Messages() {
  }

  static String typeMessage(JsonType type) {
    return switch (type) {
      case NULL -> "must be null";
      case BOOLEAN -> "must be a boolean";
      case OBJECT -> "must be an object";
      case ARRAY -> "must be an array";
      case NUMBER -> "must be a number";
      case INTEGER -> "must be an integer";
      case STRING -> "must be a string";
    };
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
