package dev.fastpath.validation.engine;

import java.util.Arrays;

/**
 * JSON equality of tape values (JSON Schema 2020-12 §4.2.2): numbers by mathematical value ({@code 1 == 1.0}),
 * strings by code points, arrays item by item, objects by member set regardless of order.
 */
final class TapeEquality {

  private static final double TWO_POW_63 = 0x1p63;

  private TapeEquality() {
  }

  static boolean equal(JsonTape a, int i, JsonTape b, int j) {
    int ta = a.type(i);
    int tb = b.type(j);
    if (isNumber(ta) && isNumber(tb)) {
      return numbersEqual(a, i, ta, b, j, tb);
    }
    if (ta != tb) {
      return false;
    }
    return switch (ta) {
      case JsonTape.STRING -> stringsEqual(a, i, b, j);
      case JsonTape.START_ARRAY -> arraysEqual(a, i, b, j);
      case JsonTape.START_OBJECT -> objectsEqual(a, i, b, j);
      default -> true;
    };
  }

  static boolean isNumber(int type) {
    return type == JsonTape.INT64 || type == JsonTape.DOUBLE;
  }

  private static boolean numbersEqual(JsonTape a, int i, int ta, JsonTape b, int j, int tb) {
    if (ta == JsonTape.INT64 && tb == JsonTape.INT64) {
      return a.longValue(i) == b.longValue(j);
    }
    if (ta == JsonTape.DOUBLE && tb == JsonTape.DOUBLE) {
      return a.doubleValue(i) == b.doubleValue(j);
    }
    long l = ta == JsonTape.INT64 ? a.longValue(i) : b.longValue(j);
    double d = ta == JsonTape.DOUBLE ? a.doubleValue(i) : b.doubleValue(j);
    return d == Math.rint(d) && d >= -TWO_POW_63 && d < TWO_POW_63 && (long) d == l;
  }

  static boolean stringsEqual(JsonTape a, int i, JsonTape b, int j) {
    int la = a.stringLength(i);
    if (la != b.stringLength(j)) {
      return false;
    }
    int sa = a.stringStart(i);
    int sb = b.stringStart(j);
    return Arrays.equals(a.strings, sa, sa + la, b.strings, sb, sb + la);
  }

  private static boolean arraysEqual(JsonTape a, int i, JsonTape b, int j) {
    if (a.count(i) != b.count(j)) {
      return false;
    }
    int ea = a.end(i);
    for (int x = i + 1, y = j + 1; x < ea; x = a.next(x), y = b.next(y)) {
      if (!equal(a, x, b, y)) {
        return false;
      }
    }
    return true;
  }

  private static boolean objectsEqual(JsonTape a, int i, JsonTape b, int j) {
    if (a.count(i) != b.count(j)) {
      return false;
    }
    int ea = a.end(i);
    int eb = b.end(j);
    for (int x = i + 1; x < ea; x = a.next(x + 1)) {
      boolean found = false;
      for (int y = j + 1; y < eb; y = b.next(y + 1)) {
        if (stringsEqual(a, x, b, y)) {
          if (!equal(a, x + 1, b, y + 1)) {
            return false;
          }
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** A hash consistent with {@link #equal} (numbers hash by value, objects ignore member order). */
  static long hash(JsonTape t, int i) {
    int type = t.type(i);
    switch (type) {
      case JsonTape.INT64 -> {
        return mix(t.longValue(i));
      }
      case JsonTape.DOUBLE -> {
        double d = t.doubleValue(i);
        if (d == Math.rint(d) && d >= -TWO_POW_63 && d < TWO_POW_63) {
          return mix((long) d);
        }
        return mix(Double.doubleToLongBits(d == 0.0 ? 0.0 : d) ^ 0x5bd1e995L);
      }
      case JsonTape.STRING -> {
        long h = 0xcbf29ce484222325L;
        byte[] s = t.strings;
        for (int k = t.stringStart(i), end = k + t.stringLength(i); k < end; k++) {
          h = (h ^ s[k]) * 0x100000001b3L;
        }
        return h;
      }
      case JsonTape.START_ARRAY -> {
        long h = 17;
        for (int x = i + 1, end = t.end(i); x < end; x = t.next(x)) {
          h = h * 31 + hash(t, x);
        }
        return mix(h);
      }
      case JsonTape.START_OBJECT -> {
        long h = 0x9e3779b97f4a7c15L;
        for (int x = i + 1, end = t.end(i); x < end; x = t.next(x + 1)) {
          h += mix(hash(t, x) * 31 + hash(t, x + 1));
        }
        return h;
      }
      default -> {
        return type;
      }
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85a6bL;
    return z ^ (z >>> 33);
  }
}
