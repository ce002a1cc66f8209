package dev.fastpath.http1;

import java.nio.charset.StandardCharsets;

/**
 * Pre-encoded status lines ({@code HTTP/1.1 200 OK\r\n}) for every code registered with IANA, with the
 * reason phrases of RFC 9110 §15 (and RFC 6585, 8297, 8470, 4918, 5842, 2774, 3229 for the others).
 * Any other three-digit code gets an empty reason phrase, which RFC 9112 §4 allows.
 */
final class Http1StatusLines {

  private static final byte[][] LINES = new byte[1000][];

  static {
    define(100, "Continue");
    define(101, "Switching Protocols");
    define(102, "Processing");
    define(103, "Early Hints");
    define(200, "OK");
    define(201, "Created");
    define(202, "Accepted");
    define(203, "Non-Authoritative Information");
    define(204, "No Content");
    define(205, "Reset Content");
    define(206, "Partial Content");
    define(207, "Multi-Status");
    define(208, "Already Reported");
    define(226, "IM Used");
    define(300, "Multiple Choices");
    define(301, "Moved Permanently");
    define(302, "Found");
    define(303, "See Other");
    define(304, "Not Modified");
    define(305, "Use Proxy");
    define(307, "Temporary Redirect");
    define(308, "Permanent Redirect");
    define(400, "Bad Request");
    define(401, "Unauthorized");
    define(402, "Payment Required");
    define(403, "Forbidden");
    define(404, "Not Found");
    define(405, "Method Not Allowed");
    define(406, "Not Acceptable");
    define(407, "Proxy Authentication Required");
    define(408, "Request Timeout");
    define(409, "Conflict");
    define(410, "Gone");
    define(411, "Length Required");
    define(412, "Precondition Failed");
    define(413, "Content Too Large");
    define(414, "URI Too Long");
    define(415, "Unsupported Media Type");
    define(416, "Range Not Satisfiable");
    define(417, "Expectation Failed");
    define(421, "Misdirected Request");
    define(422, "Unprocessable Content");
    define(423, "Locked");
    define(424, "Failed Dependency");
    define(425, "Too Early");
    define(426, "Upgrade Required");
    define(428, "Precondition Required");
    define(429, "Too Many Requests");
    define(431, "Request Header Fields Too Large");
    define(451, "Unavailable For Legal Reasons");
    define(500, "Internal Server Error");
    define(501, "Not Implemented");
    define(502, "Bad Gateway");
    define(503, "Service Unavailable");
    define(504, "Gateway Timeout");
    define(505, "HTTP Version Not Supported");
    define(506, "Variant Also Negotiates");
    define(507, "Insufficient Storage");
    define(508, "Loop Detected");
    define(510, "Not Extended");
    define(511, "Network Authentication Required");
    for (int code = 100; code < 1000; code++) {
      if (LINES[code] == null) {
        LINES[code] = encode(code, "");
      }
    }
  }

  private Http1StatusLines() {}

  private static void define(int code, String reason) {
    LINES[code] = encode(code, reason);
  }

  private static byte[] encode(int code, String reason) {
    return ("HTTP/1.1 " + code + " " + reason + "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The shared bytes of the status line; never modify them.
   *
   * @throws IllegalArgumentException unless {@code 100 <= status <= 999} (RFC 9110 §15: three digits)
   */
  static byte[] line(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be a three-digit code (100-999), was " + status);
    }
    return LINES[status];
  }

  /** The reason phrase, empty for an unregistered code. */
  static String reasonPhrase(int status) {
    byte[] line = line(status);
    return new String(line, 13, line.length - 15, StandardCharsets.US_ASCII);
  }
}
