package dev.fastpath.autoconfigure.accesslog;

import dev.fastpath.autoconfigure.FastpathProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Formats entries as Apache httpd's Common Log Format ({@code %h %l %u %t "%r" %>s %b}) or Combined Log
 * Format (Common plus {@code "%{Referer}i" "%{User-agent}i"}). Values that come from the client are
 * escaped (quotes, backslashes, control characters as {@code \xHH}) so a request cannot forge log lines
 * (CWE-117).
 */
final class AccessLogFormat {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

  private final boolean combined;
  private final ZoneId zone;

  AccessLogFormat(FastpathProperties.AccessLog.Format format, ZoneId zone) {
    this.combined = format == FastpathProperties.AccessLog.Format.COMBINED;
    this.zone = zone;
  }

  boolean combined() {
    return this.combined;
  }

  String format(AccessLogEntry entry) {
    StringBuilder line = new StringBuilder(128);
    line.append(entry.remoteHost()).append(" - - [")
        .append(TIME.format(Instant.ofEpochMilli(entry.receivedAtMillis()).atZone(this.zone))).append("] \"")
        .append(entry.method()).append(' ');
    escape(line, entry.target());
    line.append(' ').append(entry.protocol()).append("\" ").append(entry.status()).append(' ')
        .append(entry.bytes() > 0 ? Long.toString(entry.bytes()) : "-");
    if (this.combined) {
      quoted(line.append(' '), entry.referer());
      quoted(line.append(' '), entry.userAgent());
    }
    return line.toString();
  }

  private static void quoted(StringBuilder line, @Nullable String value) {
    line.append('"');
    escape(line, value != null ? value : "-");
    line.append('"');
  }

  private static void escape(StringBuilder line, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        line.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        line.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
      } else {
        line.append(c);
      }
    }
  }
}
