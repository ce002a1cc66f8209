package dev.fastpath.validation.dto;

import java.net.IDN;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate Validator 9's {@code @Email} rules ({@code AbstractEmailValidator} and {@code DomainNameUtil}): the
 * empty string is valid; the address splits at its last {@code @}; the local part has at most 64 characters of
 * dot-separated atoms or quoted strings; the domain does not end with a dot, converts to ASCII (IDNA) in at most
 * 255 characters, and is a host name, an {@code [IPv4]} literal or an {@code [IPv6:...]} literal; then the
 * annotation's own {@code regexp}, when one is given, must match the whole address.
 */
final class Emails {

  private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]";

  private static final String QUOTED = "(?:[a-z0-9!#$%&'*.(),<>\\[\\]:;  @+/=?^_`{|}~\u0080-\uFFFF-]|\\\\\\\\|\\\\\\\")";

  private static final String WORD = "(?:" + ATOM + "+|\"" + QUOTED + "+\")";

  private static final Pattern LOCAL_PART = Pattern.compile(WORD + "(?:\\." + WORD + ")*", Pattern.CASE_INSENSITIVE);

  private static final String LABEL_CHAR = "[a-z\u0080-\uFFFF0-9!#$%&'*+/=?^_`{|}~]";

  private static final String LABEL = LABEL_CHAR + "++(?:-++" + LABEL_CHAR + "++)*+";

  private static final String HOST = LABEL + "(?:\\." + LABEL + ")*+";

  private static final String IPV4 = "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}";

  private static final String H16 = "[0-9a-fA-F]{1,4}";

  private static final String OCTET = "(?:25[0-5]|(?:2[0-4]|1{0,1}[0-9]){0,1}[0-9])";

  private static final String IPV6 = "(?:(?:" + H16 + ":){7,7}" + H16
      + "|(?:" + H16 + ":){1,7}:"
      + "|(?:" + H16 + ":){1,6}:" + H16
      + "|(?:" + H16 + ":){1,5}(?::" + H16 + "){1,2}"
      + "|(?:" + H16 + ":){1,4}(?::" + H16 + "){1,3}"
      + "|(?:" + H16 + ":){1,3}(?::" + H16 + "){1,4}"
      + "|(?:" + H16 + ":){1,2}(?::" + H16 + "){1,5}"
      + "|" + H16 + ":(?:(?::" + H16 + "){1,6})"
      + "|:(?:(?::" + H16 + "){1,7}|:)"
      + "|fe80:(?::[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}"
      + "|::(?:ffff(:0{1,4}){0,1}:){0,1}(?:" + OCTET + "\\.){3,3}" + OCTET
      + "|(?:" + H16 + ":){1,4}:(?:" + OCTET + "\\.){3,3}" + OCTET + ")";

  private static final Pattern DOMAIN = Pattern.compile(HOST + "|\\[" + IPV4 + "\\]|\\[IPv6:" + IPV6 + "\\]",
      Pattern.CASE_INSENSITIVE);

  private Emails() {
  }

  /** Whether {@code value} is an address {@code @Email} accepts ({@code extra}: the annotation's regexp, if any). */
  static boolean isValid(CharSequence value, @Nullable Pattern extra, DtoWalk walk, Constraint constraint) {
    if (value.length() == 0) {
      return true;
    }
    String address = value.toString();
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return false;
    }
    String local = address.substring(0, at);
    if (local.length() > 64 || !LOCAL_PART.matcher(local).matches() || !isValidDomain(address.substring(at + 1))) {
      return false;
    }
    return extra == null || walk.matcher(constraint, address).matches();
  }

  private static boolean isValidDomain(String domain) {
    if (domain.endsWith(".")) {
      return false;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(domain);
    } catch (IllegalArgumentException ex) {
      return false;
    }
    return ascii.length() <= 255 && DOMAIN.matcher(domain).matches();
  }
}
