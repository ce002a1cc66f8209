package dev.fastpath.transport;

/**
 * Limits on requests and connections. A request over a size limit is answered with its status
 * (414, 431, 413) and the connection is closed.
 *
 * @param maxInitialLineLength the longest request line in bytes (default 8 KiB); longer answers 414
 * @param maxHeaderSize the most bytes of header field lines (default 8 KiB); more answers 431
 * @param maxHeaderCount the most header field lines (default 100); more answers 431
 * @param maxBodySize the largest request body in bytes, after chunked decoding (default 2 MiB); larger
 *     answers 413
 * @param maxInFlightPerConnection pipelined requests processed concurrently on one connection (default
 *     16); beyond it the engine stops reading from that connection until responses are written
 * @param maxConnections open connections over all listeners (default 10 000); at the limit the engine
 *     stops accepting until a connection closes; {@code 0} means unlimited
 * @since 0.1
 */
public record LimitsConfig(
    int maxInitialLineLength,
    int maxHeaderSize,
    int maxHeaderCount,
    int maxBodySize,
    int maxInFlightPerConnection,
    int maxConnections) {

  /** 8 KiB request line, 8 KiB and 100 header lines, 2 MiB body, 16 in flight, 10 000 connections. */
  public static final LimitsConfig DEFAULTS = new LimitsConfig(8 * 1024, 8 * 1024, 100, 2 * 1024 * 1024, 16, 10_000);

  public LimitsConfig {
    requirePositive(maxInitialLineLength, "maxInitialLineLength");
    requirePositive(maxHeaderSize, "maxHeaderSize");
    requirePositive(maxHeaderCount, "maxHeaderCount");
    if (maxBodySize < 0) {
      throw new IllegalArgumentException("maxBodySize must not be negative, was " + maxBodySize);
    }
    requirePositive(maxInFlightPerConnection, "maxInFlightPerConnection");
    if (maxConnections < 0) {
      throw new IllegalArgumentException("maxConnections must not be negative (0 = unlimited), was " + maxConnections);
    }
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
