package dev.fastpath.http1;

/**
 * Limits of the HTTP/1.1 request decoder, one immutable instance per server. Each limit is checked
 * before the bytes it guards are copied or retained; the status a request gets when it breaks one is
 * given with the component.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>component</th><th>default</th><th>counts</th><th>over the limit</th></tr>
 *   <tr><td>{@code maxInitialLineLength}</td><td>{@value #DEFAULT_MAX_INITIAL_LINE_LENGTH}</td>
 *       <td>bytes of the request-line without its CRLF</td><td>414</td></tr>
 *   <tr><td>{@code maxHeaderSize}</td><td>{@value #DEFAULT_MAX_HEADER_SIZE}</td>
 *       <td>bytes of all field lines with their CRLFs, without the request-line and the final empty
 *       line</td><td>431</td></tr>
 *   <tr><td>{@code maxHeaderCount}</td><td>{@value #DEFAULT_MAX_HEADER_COUNT}</td>
 *       <td>field lines of the header section, and separately of the trailer section</td><td>431</td></tr>
 *   <tr><td>{@code maxBodySize}</td><td>{@value #DEFAULT_MAX_BODY_SIZE}</td>
 *       <td>content bytes (declared Content-Length, or the running sum of chunk sizes)</td><td>413</td></tr>
 *   <tr><td>{@code maxChunkExtensionLength}</td><td>{@value #DEFAULT_MAX_CHUNK_EXTENSION_LENGTH}</td>
 *       <td>bytes after the chunk-size on one chunk line, without its CRLF</td><td>400</td></tr>
 *   <tr><td>{@code maxTrailerSize}</td><td>{@value #DEFAULT_MAX_TRAILER_SIZE}</td>
 *       <td>bytes of the trailer field lines with their CRLFs</td><td>431</td></tr>
 *   <tr><td>{@code maxLeadingEmptyLines}</td><td>{@value #DEFAULT_MAX_LEADING_EMPTY_LINES}</td>
 *       <td>CRLFs ignored before a request-line (RFC 9112 §2.2)</td><td>400</td></tr>
 * </table>
 *
 * @param maxInitialLineLength longest request-line, in bytes, without CRLF
 * @param maxHeaderSize largest header section, in bytes
 * @param maxHeaderCount most field lines in the header section (and in the trailer section)
 * @param maxBodySize largest aggregated body, in bytes; at most {@link Integer#MAX_VALUE}
 * @param maxChunkExtensionLength longest chunk-ext part of a chunk line, in bytes
 * @param maxTrailerSize largest trailer section of a chunked body, in bytes
 * @param maxLeadingEmptyLines how many empty lines before a request-line are skipped
 * @since 0.1
 */
public record Http1DecoderConfig(
    int maxInitialLineLength,
    int maxHeaderSize,
    int maxHeaderCount,
    long maxBodySize,
    int maxChunkExtensionLength,
    int maxTrailerSize,
    int maxLeadingEmptyLines) {

  public static final int DEFAULT_MAX_INITIAL_LINE_LENGTH = 8192;
  public static final int DEFAULT_MAX_HEADER_SIZE = 8192;
  public static final int DEFAULT_MAX_HEADER_COUNT = 100;
  public static final long DEFAULT_MAX_BODY_SIZE = 2L * 1024 * 1024;
  public static final int DEFAULT_MAX_CHUNK_EXTENSION_LENGTH = 1024;
  public static final int DEFAULT_MAX_TRAILER_SIZE = 8192;
  public static final int DEFAULT_MAX_LEADING_EMPTY_LINES = 2;

  /** The sizes are added to buffer indexes, so they stay far from {@code int} overflow. */
  private static final int MAX_SECTION_SIZE = 64 * 1024 * 1024;

  /** The defaults of the table above. */
  public static final Http1DecoderConfig DEFAULT = builder().build();

  public Http1DecoderConfig {
    checkRange(maxInitialLineLength, 1, MAX_SECTION_SIZE, "maxInitialLineLength");
    checkRange(maxHeaderSize, 1, MAX_SECTION_SIZE, "maxHeaderSize");
    checkRange(maxHeaderCount, 1, MAX_SECTION_SIZE, "maxHeaderCount");
    if (maxBodySize < 0 || maxBodySize > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "maxBodySize must be between 0 and " + Integer.MAX_VALUE + " (one ByteBuf), was " + maxBodySize);
    }
    checkRange(maxChunkExtensionLength, 0, MAX_SECTION_SIZE, "maxChunkExtensionLength");
    checkRange(maxTrailerSize, 0, MAX_SECTION_SIZE, "maxTrailerSize");
    checkRange(maxLeadingEmptyLines, 0, MAX_SECTION_SIZE, "maxLeadingEmptyLines");
  }

  private static void checkRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .maxInitialLineLength(this.maxInitialLineLength)
        .maxHeaderSize(this.maxHeaderSize)
        .maxHeaderCount(this.maxHeaderCount)
        .maxBodySize(this.maxBodySize)
        .maxChunkExtensionLength(this.maxChunkExtensionLength)
        .maxTrailerSize(this.maxTrailerSize)
        .maxLeadingEmptyLines(this.maxLeadingEmptyLines);
  }

  /** Collects limits; unset ones keep their defaults, {@link #build()} validates. */
  public static final class Builder {

    private int maxInitialLineLength = DEFAULT_MAX_INITIAL_LINE_LENGTH;
    private int maxHeaderSize = DEFAULT_MAX_HEADER_SIZE;
    private int maxHeaderCount = DEFAULT_MAX_HEADER_COUNT;
    private long maxBodySize = DEFAULT_MAX_BODY_SIZE;
    private int maxChunkExtensionLength = DEFAULT_MAX_CHUNK_EXTENSION_LENGTH;
    private int maxTrailerSize = DEFAULT_MAX_TRAILER_SIZE;
    private int maxLeadingEmptyLines = DEFAULT_MAX_LEADING_EMPTY_LINES;

    private Builder() {}

    public Builder maxInitialLineLength(int maxInitialLineLength) {
      this.maxInitialLineLength = maxInitialLineLength;
      return this;
    }

    public Builder maxHeaderSize(int maxHeaderSize) {
      this.maxHeaderSize = maxHeaderSize;
      return this;
    }

    public Builder maxHeaderCount(int maxHeaderCount) {
      this.maxHeaderCount = maxHeaderCount;
      return this;
    }

    public Builder maxBodySize(long maxBodySize) {
      this.maxBodySize = maxBodySize;
      return this;
    }

    public Builder maxChunkExtensionLength(int maxChunkExtensionLength) {
      this.maxChunkExtensionLength = maxChunkExtensionLength;
      return this;
    }

    public Builder maxTrailerSize(int maxTrailerSize) {
      this.maxTrailerSize = maxTrailerSize;
      return this;
    }

    public Builder maxLeadingEmptyLines(int maxLeadingEmptyLines) {
      this.maxLeadingEmptyLines = maxLeadingEmptyLines;
      return this;
    }

    public Http1DecoderConfig build() {
      return new Http1DecoderConfig(this.maxInitialLineLength, this.maxHeaderSize, this.maxHeaderCount,
          this.maxBodySize, this.maxChunkExtensionLength, this.maxTrailerSize, this.maxLeadingEmptyLines);
    }
  }
}
