package dev.fastpath.validation.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Validators for the {@code format} values we can assert (JSON Schema 2020-12 §7.3). They run only where a
 * format is asserted; they allocate (they are not on the hot path of typical schemas).
 */
public final class Formats {

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  // RFC 3339 §5.6 partial-time + time-offset; 'T', 'Z' case-insensitive (§5.6 NOTE).
  private static final Pattern FULL_TIME = Pattern.compile(
      "(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([zZ]|([+-])(\\d{2}):(\\d{2}))");

  // Dot-atom local part and domain (RFC 5321 §4.1.2 without quoted strings), or an IP literal.
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
          + "(([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
          + "|\\[[0-9.]+]|\\[IPv6:[0-9A-Fa-f:.]+])");

  private static final Pattern HOSTNAME_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private static final Pattern DURATION = Pattern.compile(
      "P(?:(?:\\d+Y(?:\\d+M(?:\\d+D)?)?|\\d+M(?:\\d+D)?|\\d+D)(?:T(?:\\d+H(?:\\d+M(?:\\d+S)?)?|\\d+M(?:\\d+S)?|\\d+S))?"
          + "|T(?:\\d+H(?:\\d+M(?:\\d+S)?)?|\\d+M(?:\\d+S)?|\\d+S)|\\d+W)");

  private static final Map<String, Validator> VALIDATORS = Map.ofEntries(
      Map.entry("date", Formats::isDate),
      Map.entry("time", Formats::isTime),
      Map.entry("date-time", Formats::isDateTime),
      Map.entry("duration", s -> DURATION.matcher(s).matches()),
      Map.entry("email", Formats::isEmail),
      // Bean Validation's @Email: the empty string is valid (Hibernate's EmailValidator), otherwise as "email".
      Map.entry("bean-validation-email", s -> s.length() == 0 || isEmail(s)),
      Map.entry("hostname", Formats::isHostname),
      Map.entry("ipv4", Formats::isIpv4),
      Map.entry("ipv6", Formats::isIpv6),
      Map.entry("uri", s -> isUri(s, true)),
      Map.entry("uri-reference", s -> isUri(s, false)),
      Map.entry("uuid", s -> UUID.matcher(s).matches()),
      Map.entry("regex", Formats::isRegex),
      Map.entry("json-pointer", Formats::isJsonPointer));

  private Formats() {
  }

  /** Tests a string against a format. */
  @FunctionalInterface
  public interface Validator {

    /** Whether {@code value} has the format. */
    boolean test(CharSequence value);
  }

  /** The validator for {@code format}, or {@code null} when we cannot assert it. */
  public static @Nullable Validator forName(String format) {
    return VALIDATORS.get(format);
  }

  static boolean isDate(CharSequence value) {
    java.util.regex.Matcher m = FULL_DATE.matcher(value);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return true;
    } catch (java.time.DateTimeException ex) {
      return false;
    }
  }

  static boolean isTime(CharSequence value) {
    java.util.regex.Matcher m = FULL_TIME.matcher(value);
    if (!m.matches()) {
      return false;
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = Integer.parseInt(m.group(3));
    int offsetMinutes = 0;
    if (m.group(6) != null) {
      int offsetHour = Integer.parseInt(m.group(7));
      int offsetMinute = Integer.parseInt(m.group(8));
      if (offsetHour > 23 || offsetMinute > 59) {
        return false;
      }
      offsetMinutes = (offsetHour * 60 + offsetMinute) * (m.group(6).equals("-") ? -1 : 1);
    }
    if (hour > 23 || minute > 59 || second > 60) {
      return false;
    }
    if (second == 60) {
      // A leap second is only at 23:59:60 UTC (RFC 3339 §5.7).
      int utcMinutes = Math.floorMod(hour * 60 + minute - offsetMinutes, 24 * 60);
      return utcMinutes == 23 * 60 + 59;
    }
    return true;
  }

  static boolean isDateTime(CharSequence value) {
    String s = value.toString();
    int t = Math.max(s.indexOf('T'), s.indexOf('t'));
    return t == 10 && isDate(s.substring(0, t)) && isTime(s.substring(t + 1));
  }

  static boolean isEmail(CharSequence value) {
    String s = value.toString();
    int at = s.lastIndexOf('@');
    return at > 0 && at <= 64 && s.length() - at - 1 <= 255 && EMAIL.matcher(s).matches();
  }

  static boolean isHostname(CharSequence value) {
    String s = value.toString();
    if (s.isEmpty() || s.length() > 253) {
      return false;
    }
    for (String label : s.split("\\.", -1)) {
      if (!HOSTNAME_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv4(CharSequence value) {
    String[] parts = value.toString().split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) < '0' || part.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(CharSequence value) {
    String s = value.toString();
    if (s.isEmpty() || s.length() > 45) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
      if (!ok) {
        return false;
      }
    }
    int groupsNeeded = 8;
    String head = s;
    int lastColon = s.lastIndexOf(':');
    if (s.indexOf('.') >= 0) {
      if (lastColon < 0 || !isIpv4(s.substring(lastColon + 1))) {
        return false;
      }
      head = s.substring(0, lastColon + 1) + "0";
      groupsNeeded = 7;
    }
    int doubleColon = head.indexOf("::");
    if (doubleColon >= 0 && head.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] parts = head.split(":", -1);
    int groups = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        boolean partOfDoubleColon = doubleColon >= 0
            && ((i > 0 && parts[i - 1].isEmpty()) || (i + 1 < parts.length && parts[i + 1].isEmpty()));
        if (!partOfDoubleColon) {
          return false;
        }
        continue;
      }
      if (part.length() > 4) {
        return false;
      }
      groups++;
    }
    if (groupsNeeded == 7) {
      groups--;
      groupsNeeded = 6;
    }
    return doubleColon >= 0 ? groups < groupsNeeded : groups == groupsNeeded;
  }

  static boolean isUri(CharSequence value, boolean absolute) {
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c > '~' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
          || c == '{' || c == '|' || c == '}') {
        return false;
      }
    }
    try {
      URI uri = new URI(s);
      return !absolute || uri.isAbsolute();
    } catch (URISyntaxException ex) {
      return false;
    }
  }

  static boolean isRegex(CharSequence value) {
    try {
      Pattern.compile(value.toString());
      return true;
    } catch (PatternSyntaxException ex) {
      return false;
    }
  }

  static boolean isJsonPointer(CharSequence value) {
    String s = value.toString();
    if (s.isEmpty()) {
      return true;
    }
    if (s.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '~' && (i + 1 >= s.length() || (s.charAt(i + 1) != '0' && s.charAt(i + 1) != '1'))) {
        return false;
      }
    }
    return true;
  }
}
