package dev.fastpath.validation.engine;

/**
 * Recognizers for the URI grammars of RFC 3986 (§3 URI, §4.1 URI-reference) and RFC 3987 (§2.2 IRI,
 * IRI-reference), and for URI Templates (RFC 6570 §2). {@link java.net.URI} is not used: it accepts strings
 * the RFCs reject (a registry-based authority {@code 2001:db8::1} without brackets, non-digit ports) and
 * rejects valid IRIs.
 */
final class UriSyntax {

  private static final String SUB_DELIMS = "!$&'()*+,;=";

  private final String s;

  private final boolean iri;

  private int pos;

  private UriSyntax(String s, boolean iri) {
    this.s = s;
    this.iri = iri;
  }

  /** RFC 3986 §3 {@code URI} ({@code iri}: RFC 3987 {@code IRI}): a scheme is required. */
  static boolean isAbsolute(String value, boolean iri) {
    UriSyntax p = new UriSyntax(value, iri);
    return p.scheme() && p.afterScheme();
  }

  /** RFC 3986 §4.1 {@code URI-reference} ({@code iri}: RFC 3987 {@code IRI-reference}). */
  static boolean isReference(String value, boolean iri) {
    UriSyntax p = new UriSyntax(value, iri);
    if (p.scheme()) {
      return p.afterScheme();
    }
    p.pos = 0;
    return p.relativeRef();
  }

  /** RFC 6570 §2: literals and {@code {operator? varspec,...}} expressions. */
  static boolean isTemplate(String value) {
    int i = 0;
    while (i < value.length()) {
      int c = value.codePointAt(i);
      if (c == '{') {
        int close = value.indexOf('}', i);
        if (close < 0 || !isExpression(value.substring(i + 1, close))) {
          return false;
        }
        i = close + 1;
        continue;
      }
      if (c == '%') {
        if (!pctEncoded(value, i)) {
          return false;
        }
        i += 3;
        continue;
      }
      // §2.1 literals: any character but CTL, SP, DQUOTE, "'", "%", "<", ">", "\", "^", "`", "{", "|", "}".
      if (c <= 0x20 || c == 0x7f || "\"'<>\\^`{|}".indexOf(c) >= 0) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isExpression(String expression) {
    String body = expression;
    if (!body.isEmpty() && "+#./;?&=,!@|".indexOf(body.charAt(0)) >= 0) {
      body = body.substring(1);
    }
    if (body.isEmpty()) {
      return false;
    }
    for (String varspec : body.split(",", -1)) {
      String name = varspec;
      if (name.endsWith("*")) {
        name = name.substring(0, name.length() - 1);
      } else if (name.indexOf(':') >= 0) {
        String max = name.substring(name.indexOf(':') + 1);
        name = name.substring(0, name.indexOf(':'));
        if (!max.matches("[1-9][0-9]{0,3}")) {
          return false;
        }
      }
      if (!isVarname(name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVarname(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '%') {
        if (!pctEncoded(name, i)) {
          return false;
        }
        i += 2;
      } else if (!(isAlpha(c) || isDigit(c) || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), followed by ":"
  private boolean scheme() {
    if (this.pos >= this.s.length() || !isAlpha(this.s.charAt(this.pos))) {
      return false;
    }
    int i = this.pos + 1;
    while (i < this.s.length()) {
      char c = this.s.charAt(i);
      if (c == ':') {
        this.pos = i + 1;
        return true;
      }
      if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
      i++;
    }
    return false;
  }

  // hier-part [ "?" query ] [ "#" fragment ]
  private boolean afterScheme() {
    if (this.s.startsWith("//", this.pos)) {
      this.pos += 2;
      if (!authority()) {
        return false;
      }
    }
    return path(false) && queryAndFragment();
  }

  // relative-part [ "?" query ] [ "#" fragment ]
  private boolean relativeRef() {
    if (this.s.startsWith("//", this.pos)) {
      this.pos += 2;
      return authority() && path(false) && queryAndFragment();
    }
    return path(true) && queryAndFragment();
  }

  // authority = [ userinfo "@" ] host [ ":" port ]
  private boolean authority() {
    int end = this.pos;
    while (end < this.s.length() && "/?#".indexOf(this.s.charAt(end)) < 0) {
      end++;
    }
    String authority = this.s.substring(this.pos, end);
    this.pos = end;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      if (!chars(authority.substring(0, at), ":")) {
        return false;
      }
      authority = authority.substring(at + 1);
    }
    String host = authority;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return false;
      }
      host = authority.substring(0, close + 1);
      String rest = authority.substring(close + 1);
      if (!rest.isEmpty() && !(rest.charAt(0) == ':' && digits(rest.substring(1)))) {
        return false;
      }
      return ipLiteral(host.substring(1, host.length() - 1));
    }
    int colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      if (!digits(authority.substring(colon + 1))) {
        return false;
      }
      host = authority.substring(0, colon);
    }
    return chars(host, "");
  }

  private static boolean ipLiteral(String literal) {
    if (!literal.isEmpty() && (literal.charAt(0) == 'v' || literal.charAt(0) == 'V')) {
      // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
      int dot = literal.indexOf('.');
      return dot > 1 && literal.substring(1, dot).matches("[0-9A-Fa-f]+") && dot + 1 < literal.length()
          && literal.substring(dot + 1).chars().allMatch(c -> isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || c == ':');
    }
    return Formats.isIpv6(literal);
  }

  // path: segments of pchar separated by "/"; a relative path's first segment has no ":" (path-noscheme).
  private boolean path(boolean relative) {
    int end = this.pos;
    while (end < this.s.length() && this.s.charAt(end) != '?' && this.s.charAt(end) != '#') {
      end++;
    }
    String path = this.s.substring(this.pos, end);
    this.pos = end;
    if (relative && !path.startsWith("/")) {
      int slash = path.indexOf('/');
      String first = slash < 0 ? path : path.substring(0, slash);
      if (first.indexOf(':') >= 0) {
        return false;
      }
    }
    return chars(path, ":@/");
  }

  private boolean queryAndFragment() {
    if (this.pos < this.s.length() && this.s.charAt(this.pos) == '?') {
      int hash = this.s.indexOf('#', this.pos);
      int end = hash < 0 ? this.s.length() : hash;
      if (!chars(this.s.substring(this.pos + 1, end), ":@/?")) {
        return false;
      }
      this.pos = end;
    }
    if (this.pos < this.s.length() && this.s.charAt(this.pos) == '#') {
      // iprivate is allowed in the query only (RFC 3987 §2.2 ifragment).
      return chars(this.s.substring(this.pos + 1), ":@/?") && noPrivate(this.s.substring(this.pos + 1));
    }
    return this.pos == this.s.length();
  }

  private boolean noPrivate(String part) {
    return part.codePoints().noneMatch(UriSyntax::isPrivate);
  }

  /** Whether every character is unreserved, pct-encoded, a sub-delim or one of {@code extra}. */
  private boolean chars(String part, String extra) {
    for (int i = 0; i < part.length(); ) {
      int c = part.codePointAt(i);
      if (c == '%') {
        if (!pctEncoded(part, i)) {
          return false;
        }
        i += 3;
        continue;
      }
      boolean ok = isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || extra.indexOf(c) >= 0
          || (this.iri && (isUcschar(c) || (isPrivate(c) && extra.indexOf('?') >= 0)));
      if (!ok) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean pctEncoded(String s, int i) {
    return i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
  }

  private static boolean digits(String s) {
    return s.chars().allMatch(UriSyntax::isDigit);
  }

  private static boolean isUnreserved(int c) {
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
  }

  // RFC 3987 §2.2 ucschar
  private static boolean isUcschar(int c) {
    return (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFEF)
        || (c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFE) != 0xFFFE);
  }

  // RFC 3987 §2.2 iprivate (allowed in the query only)
  private static boolean isPrivate(int c) {
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD);
  }

  private static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
