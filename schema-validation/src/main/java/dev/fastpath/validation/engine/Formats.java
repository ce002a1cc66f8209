package dev.fastpath.validation.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
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

  // RFC 5322 §3.2.3 atext (the dot-atom of RFC 5321 §4.1.2 Dot-string).
  private static final String ATEXT = "A-Za-z0-9!#$%&'*+/=?^_`{|}~-";

  private static final Pattern DOT_STRING = Pattern.compile("[" + ATEXT + "]+(\\.[" + ATEXT + "]+)*");

  // RFC 5321 §4.1.2 Quoted-string: printable ASCII but '"' and '\\', or a backslash pair.
  private static final Pattern QUOTED_STRING = Pattern.compile("\"([\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\"");

  // RFC 6531 §3.3: the same, with UTF-8 (non-ASCII) characters allowed in atext and quoted text.
  private static final Pattern IDN_DOT_STRING = Pattern.compile(
      "[\\x{80}-\\x{10FFFF}" + ATEXT + "]+(\\.[\\x{80}-\\x{10FFFF}" + ATEXT + "]+)*");

  private static final Pattern DURATION = Pattern.compile(
      "P(?:(?:\\d+Y(?:\\d+M(?:\\d+D)?)?|\\d+M(?:\\d+D)?|\\d+D)(?:T(?:\\d+H(?:\\d+M(?:\\d+S)?)?|\\d+M(?:\\d+S)?|\\d+S))?"
          + "|T(?:\\d+H(?:\\d+M(?:\\d+S)?)?|\\d+M(?:\\d+S)?|\\d+S)|\\d+W)");

  private static final Map<String, Validator> VALIDATORS = Map.ofEntries(
      Map.entry("date", Formats::isDate),
      Map.entry("time", Formats::isTime),
      Map.entry("date-time", Formats::isDateTime),
      Map.entry("duration", s -> DURATION.matcher(s).matches()),
      Map.entry("email", s -> isEmail(s, false)),
      Map.entry("idn-email", s -> isEmail(s, true)),
      // Bean Validation's @Email: the empty string is valid (Hibernate's EmailValidator), otherwise as "email".
      Map.entry("bean-validation-email", s -> s.length() == 0 || isEmail(s, false)),
      Map.entry("hostname", Formats::isHostname),
      Map.entry("idn-hostname", s -> Hostnames.isIdnHostname(s.toString())),
      Map.entry("ipv4", Formats::isIpv4),
      Map.entry("ipv6", Formats::isIpv6),
      Map.entry("uri", s -> UriSyntax.isAbsolute(s.toString(), false)),
      Map.entry("uri-reference", s -> UriSyntax.isReference(s.toString(), false)),
      Map.entry("iri", s -> UriSyntax.isAbsolute(s.toString(), true)),
      Map.entry("iri-reference", s -> UriSyntax.isReference(s.toString(), true)),
      Map.entry("uri-template", s -> UriSyntax.isTemplate(s.toString())),
      Map.entry("uuid", s -> UUID.matcher(s).matches()),
      Map.entry("regex", Formats::isRegex),
      Map.entry("json-pointer", Formats::isJsonPointer),
      Map.entry("relative-json-pointer", Formats::isRelativeJsonPointer));

  /**
   * Formats defined by JSON Schema 2020-12 §7.3 that we cannot assert (none at present). Asserting one is refused
   * (a wrong verdict is worse than none); a format name that 2020-12 does not define is an annotation even when
   * formats are asserted (§7.2.3: unknown formats validate).
   */
  private static final java.util.Set<String> DEFINED_BUT_NOT_ASSERTABLE = java.util.Set.of();

  private Formats() {
  }

  /** Tests a string against a format. */
  @FunctionalInterface
  public interface Validator {

    /** Whether {@code value} has the format. */
    boolean test(CharSequence value);
  }

  /** Whether {@code format} is a 2020-12 format we cannot assert (so asserting it must be refused). */
  public static boolean isDefinedButNotAssertable(String format) {
    return DEFINED_BUT_NOT_ASSERTABLE.contains(format);
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

  /**
   * RFC 5321 §4.1.2 Mailbox ({@code idn}: RFC 6531 §3.3, UTF-8 allowed): a Dot-string or Quoted-string local
   * part of at most 64 octets, "@", and a domain (RFC 1123 host name) or an address literal
   * ({@code [IPv4]}, {@code [IPv6:...]}, §4.1.3).
   */
  static boolean isEmail(CharSequence value, boolean idn) {
    String s = value.toString();
    int at = s.lastIndexOf('@');
    if (at <= 0 || at == s.length() - 1) {
      return false;
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    boolean localOk = (idn ? IDN_DOT_STRING : DOT_STRING).matcher(local).matches()
        || QUOTED_STRING.matcher(local).matches()
        || (idn && local.startsWith("\"") && QUOTED_STRING.matcher(local.replaceAll("[^\\x00-\\x7f]", "a")).matches());
    if (!localOk || local.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
      return false;
    }
    if (domain.startsWith("[") && domain.endsWith("]")) {
      String literal = domain.substring(1, domain.length() - 1);
      return literal.regionMatches(true, 0, "IPv6:", 0, 5) ? isIpv6(literal.substring(5)) : isIpv4(literal);
    }
    return idn ? Hostnames.isIdnHostname(domain) : isHostname(domain);
  }

  /** draft-handrews-relative-json-pointer-01 §3: a non-negative integer, then "#" or a JSON Pointer. */
  static boolean isRelativeJsonPointer(CharSequence value) {
    String s = value.toString();
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == 0 || (i > 1 && s.charAt(0) == '0')) {
      return false;
    }
    String rest = s.substring(i);
    return rest.equals("#") || isJsonPointer(rest);
  }

  static boolean isHostname(CharSequence value) {
    return Hostnames.isHostname(value.toString());
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
    // RFC 4291 §2.2: eight groups of 1-4 hex digits, the last two possibly an IPv4 address, with at most one
    // "::" standing for one or more groups of zeros.
    int groupsNeeded = 8;
    String head = s;
    if (s.indexOf('.') >= 0) {
      int lastColon = s.lastIndexOf(':');
      if (lastColon < 0 || !isIpv4(s.substring(lastColon + 1))) {
        return false;
      }
      head = s.substring(0, lastColon + 1);
      groupsNeeded = 6;
      if (head.endsWith("::")) {
        head = head.substring(0, head.length() - 2) + "::";
      } else {
        head = head.substring(0, head.length() - 1);
      }
    }
    int doubleColon = head.indexOf("::");
    if (doubleColon < 0) {
      return hexGroups(head) == groupsNeeded;
    }
    if (head.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    int left = hexGroups(head.substring(0, doubleColon));
    int right = hexGroups(head.substring(doubleColon + 2));
    return left >= 0 && right >= 0 && left + right < groupsNeeded;
  }

  /** The number of ':'-separated groups of 1-4 hex digits in {@code s} (0 when empty), -1 if malformed. */
  private static int hexGroups(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    String[] groups = s.split(":", -1);
    for (String group : groups) {
      if (group.isEmpty() || group.length() > 4) {
        return -1;
      }
    }
    return groups.length;
  }

  /** An ECMA-262 regular expression (§7.3.8), in unicode mode: not what java.util.regex accepts. */
  static boolean isRegex(CharSequence value) {
    return EcmaRegexSyntax.isValid(value.toString());
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
