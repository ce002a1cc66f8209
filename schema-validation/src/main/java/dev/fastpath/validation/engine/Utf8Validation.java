package dev.fastpath.validation.engine;

/**
 * Strict UTF-8 validation (RFC 3629 §4): no overlong forms, no encoded surrogates, nothing above U+10FFFF. The
 * same rules simdjson-java's validator applies, for the Jackson runner.
 */
final class Utf8Validation {

  private Utf8Validation() {
  }

  /** The offset of the first byte of the first invalid sequence, or {@code -1}. */
  static int firstInvalid(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int lead = b & 0xFF;
      int need;
      int min;
      if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + need >= length) {
        return i;
      }
      int codePoint = lead & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return i;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }
}
