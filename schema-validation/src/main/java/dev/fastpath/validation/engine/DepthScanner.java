package dev.fastpath.validation.engine;

import dev.fastpath.validation.JsonError;

/** Measures the nesting depth of raw JSON bytes, for the rare path where a parser gave up without saying why. */
final class DepthScanner {

  private DepthScanner() {
  }

  /** A {@code TOO_DEEP} failure if the nesting exceeds {@code maxDepth}, else a generic {@code MALFORMED}. */
  static ParseFailure tooDeepOrMalformed(byte[] json, int length, int maxDepth) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > maxDepth) {
          return tooDeep(maxDepth, i);
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return new ParseFailure(JsonError.Kind.MALFORMED, "not a valid JSON document", -1);
  }

  static ParseFailure tooDeep(int maxDepth, long offset) {
    return new ParseFailure(JsonError.Kind.TOO_DEEP,
        "arrays and objects are nested deeper than " + maxDepth + " levels", offset);
  }
}
