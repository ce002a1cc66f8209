package dev.fastpath.validation.engine;

import org.jspecify.annotations.Nullable;

/**
 * Punycode (RFC 3492), the encoding of IDNA's A-labels. Not {@link java.net.IDN}, which applies IDNA2003's
 * mappings (it folds ß, drops ZERO WIDTH JOINER) and so cannot tell an IDNA2008 U-label from its A-label.
 */
final class Punycode {

  private static final int BASE = 36;

  private static final int TMIN = 1;

  private static final int TMAX = 26;

  private static final int INITIAL_N = 128;

  private static final int INITIAL_BIAS = 72;

  private Punycode() {
  }

  /** RFC 3492 §6.2 decoding; {@code null} for input that is not valid Punycode. */
  static @Nullable String decode(String input) {
    int n = INITIAL_N;
    int i = 0;
    int bias = INITIAL_BIAS;
    int delimiter = input.lastIndexOf('-');
    java.util.List<Integer> cps = new java.util.ArrayList<>();
    for (int j = 0; j < Math.max(delimiter, 0); j++) {
      cps.add((int) input.charAt(j));
    }
    int in = delimiter > 0 ? delimiter + 1 : 0;
    while (in < input.length()) {
      int oldi = i;
      int w = 1;
      for (int k = BASE; ; k += BASE) {
        if (in >= input.length()) {
          return null;
        }
        int digit = digit(input.charAt(in++));
        if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
          return null;
        }
        i += digit * w;
        int t = threshold(k, bias);
        if (digit < t) {
          break;
        }
        if ((long) w * (BASE - t) > Integer.MAX_VALUE) {
          return null;
        }
        w *= BASE - t;
      }
      bias = adapt(i - oldi, cps.size() + 1, oldi == 0);
      if (i / (cps.size() + 1) > 0x10FFFF - n) {
        return null;
      }
      n += i / (cps.size() + 1);
      i %= cps.size() + 1;
      if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) {
        return null;
      }
      cps.add(i, n);
      i++;
    }
    StringBuilder output = new StringBuilder();
    for (int cp : cps) {
      output.appendCodePoint(cp);
    }
    return output.toString();
  }

  /** RFC 3492 §6.3 encoding of a string of code points (the part after "xn--" of an A-label). */
  static String encode(String input) {
    int[] cps = input.codePoints().toArray();
    StringBuilder output = new StringBuilder();
    for (int cp : cps) {
      if (cp < 0x80) {
        output.append((char) cp);
      }
    }
    int basic = output.length();
    int handled = basic;
    if (basic > 0) {
      output.append('-');
    }
    int n = INITIAL_N;
    long delta = 0;
    int bias = INITIAL_BIAS;
    while (handled < cps.length) {
      int m = Integer.MAX_VALUE;
      for (int cp : cps) {
        if (cp >= n && cp < m) {
          m = cp;
        }
      }
      delta += (long) (m - n) * (handled + 1);
      n = m;
      for (int cp : cps) {
        if (cp < n) {
          delta++;
        } else if (cp == n) {
          long q = delta;
          for (int k = BASE; ; k += BASE) {
            int t = threshold(k, bias);
            if (q < t) {
              break;
            }
            output.append(digitChar((int) (t + (q - t) % (BASE - t))));
            q = (q - t) / (BASE - t);
          }
          output.append(digitChar((int) q));
          bias = adapt((int) Math.min(delta, Integer.MAX_VALUE), handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return output.toString();
  }

  private static int threshold(int k, int bias) {
    return k <= bias ? TMIN : Math.min(k - bias, TMAX);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return -1;
  }

  private static char digitChar(int digit) {
    return (char) (digit < 26 ? 'a' + digit : '0' + digit - 26);
  }

  private static int adapt(int delta, int numPoints, boolean first) {
    delta = first ? delta / 700 : delta / 2;
    delta += delta / numPoints;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE * delta) / (delta + 38);
  }
}
