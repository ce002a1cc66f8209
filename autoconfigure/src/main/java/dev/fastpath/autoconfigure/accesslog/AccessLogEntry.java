package dev.fastpath.autoconfigure.accesslog;

import dev.fastpath.http.HttpRequest;
import dev.fastpath.metrics.CompletedRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * What one access-log line needs, copied out of the engine's reused request view on the event loop; the
 * line itself is formatted later, on the writer thread.
 *
 * @param receivedAtMillis when the request was received (epoch milliseconds)
 */
record AccessLogEntry(String remoteHost, String method, String target, String protocol, int status, long bytes,
    long receivedAtMillis, @Nullable String referer, @Nullable String userAgent) {

  static AccessLogEntry of(CompletedRequest completed, boolean combined) {
    HttpRequest request = completed.request();
    long receivedAt = System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(completed.durationNanos());
    if (request == null) {
      return new AccessLogEntry("-", completed.method().name(), "-", "-", completed.status(), completed.bytesOut(),
          receivedAt, null, null);
    }
    return new AccessLogEntry(host(request.remoteAddress()), completed.method().name(), request.uri(),
        request.version().text(), completed.status(), completed.bytesOut(), receivedAt,
        combined ? request.headers().get("Referer") : null, combined ? request.headers().get("User-Agent") : null);
  }

  private static String host(@Nullable SocketAddress address) {
    if (address instanceof InetSocketAddress inet) {
      return inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
    }
    return "-";
  }
}
