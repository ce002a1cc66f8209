package dev.fastpath.bench.http1;

import java.nio.charset.StandardCharsets;

/** The request bytes the HTTP/1 benchmarks decode, with what a correct decode must see. */
public enum Http1Fixtures {

  /** A typical browser navigation, 355 bytes of head, no body. */
  BROWSER_GET(1, "/products/42", 0, ""
      + "GET /products/42?color=blue&size=m HTTP/1.1\r\n"
      + "Host: shop.example.com\r\n"
      + "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\n"
      + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
      + "Accept-Language: en-US,en;q=0.5\r\n"
      + "Accept-Encoding: gzip, deflate, br, zstd\r\n"
      + "Connection: keep-alive\r\n"
      + "Cookie: session=4f1c2a9e7b\r\n"
      + "\r\n"),

  /** Sixteen small pipelined GETs in one read (TechEmpower plaintext style). */
  PIPELINED_16(16, "/plaintext", 0, ("GET /plaintext HTTP/1.1\r\n"
      + "Host: server:8080\r\n"
      + "Accept: text/plain,text/html;q=0.9,*/*;q=0.8\r\n"
      + "Connection: keep-alive\r\n"
      + "\r\n").repeat(16)),

  /** An API POST with a JSON body of about 200 bytes (Content-Length). */
  POST_JSON(1, "/api/orders", 196, ""
      + "POST /api/orders HTTP/1.1\r\n"
      + "Host: api.example.com\r\n"
      + "User-Agent: okhttp/4.12.0\r\n"
      + "Accept: application/json\r\n"
      + "Content-Type: application/json; charset=utf-8\r\n"
      + "Content-Length: 196\r\n"
      + "\r\n"
      + "{\"customerId\":\"c-1029384756\",\"currency\":\"EUR\",\"items\":[{\"sku\":\"BOOK-0001\",\"quantity\":2,"
      + "\"price\":19.99},{\"sku\":\"PEN-0042\",\"quantity\":10,\"price\":1.25}],\"shipping\":{\"method\":\"express\","
      + "\"country\":\"NL\"}}");

  private final int requests;
  private final String path;
  private final int bodyLength;
  private final byte[] bytes;

  Http1Fixtures(int requests, String path, int bodyLength, String raw) {
    this.requests = requests;
    this.path = path;
    this.bodyLength = bodyLength;
    this.bytes = raw.getBytes(StandardCharsets.US_ASCII);
  }

  /** How many requests the bytes hold. */
  public int requests() {
    return this.requests;
  }

  /** The path every request targets (up to the {@code ?}). */
  public String path() {
    return this.path;
  }

  /** Content bytes of each request. */
  public int bodyLength() {
    return this.bodyLength;
  }

  public byte[] bytes() {
    return this.bytes.clone();
  }
}
