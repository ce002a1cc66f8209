package dev.fastpath.validation.engine;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code hostname} and {@code idn-hostname} formats. {@code hostname}: RFC 1123 §2.1 host names, whose
 * {@code xn--} labels must be A-labels (RFC 5890 §2.3.2.1): Punycode that decodes to a U-label. {@code
 * idn-hostname}: labels that are such host-name labels or U-labels (RFC 5890 §2.3.2.1, RFC 5891 §4.2), separated by
 * any of the four dots of RFC 3490 §3.1, each at most 63 octets and the name at most 253 in A-label form, and
 * satisfying the Bidi rule (RFC 5893) when any label is right-to-left. {@link Idna} judges U-labels.
 */
final class Hostnames {

  private static final int MAX_LABEL = 63;

  private static final int MAX_NAME = 253;

  private Hostnames() {
  }

  static boolean isHostname(String s) {
    if (s.isEmpty() || s.length() > MAX_NAME) {
      return false;
    }
    List<String> uLabels = new ArrayList<>();
    for (String label : s.split("\\.", -1)) {
      String unicode = ldhLabel(label);
      if (unicode == null) {
        return false;
      }
      uLabels.add(unicode);
    }
    return Idna.satisfiesBidiRule(uLabels);
  }

  static boolean isIdnHostname(String s) {
    if (s.isEmpty()) {
      return false;
    }
    List<String> uLabels = new ArrayList<>();
    int length = -1;
    for (String label : s.split("[.\u3002\uFF0E\uFF61]", -1)) {
      boolean ascii = label.chars().allMatch(c -> c < 0x80);
      String unicode = ascii ? ldhLabel(label) : Idna.isULabel(label) ? label : null;
      if (unicode == null) {
        return false;
      }
      int octets = ascii ? label.length() : 4 + Punycode.encode(label).length();
      if (octets > MAX_LABEL) {
        return false;
      }
      length += octets + 1;
      uLabels.add(unicode);
    }
    return length <= MAX_NAME && Idna.satisfiesBidiRule(uLabels);
  }

  /**
   * An RFC 1123 label (letters, digits, hyphens, not at either end, at most 63), in Unicode: an A-label decoded,
   * anything else as it is; {@code null} when not a valid label.
   */
  private static @Nullable String ldhLabel(String label) {
    if (label.isEmpty() || label.length() > MAX_LABEL || label.charAt(0) == '-'
        || label.charAt(label.length() - 1) == '-') {
      return null;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return null;
      }
    }
    if (label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-') {
      // RFC 5891 §4.2.3.1: "--" in positions 3-4 is reserved; only "xn--" (an A-label) may use it.
      return label.regionMatches(true, 0, "xn", 0, 2) ? aLabel(label) : null;
    }
    return label;
  }

  /** The U-label an A-label stands for, or {@code null} when it is not an A-label. */
  private static @Nullable String aLabel(String label) {
    String unicode = Punycode.decode(label.substring(4));
    // A label that decodes to nothing but ASCII is not an A-label (RFC 5890 §2.3.2.1).
    boolean ok = unicode != null && !unicode.isEmpty() && !unicode.chars().allMatch(c -> c < 0x80)
        && Idna.isULabel(unicode);
    return ok ? unicode : null;
  }
}
