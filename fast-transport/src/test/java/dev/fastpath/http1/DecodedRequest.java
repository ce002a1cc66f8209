package dev.fastpath.http1;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a test asserts on of one {@link Http1Request}, copied out so that the request can be released
 * right after decoding.
 */
record DecodedRequest(
    String method,
    String version,
    String uri,
    String path,
    String pathFromBytes,
    @Nullable String rawQuery,
    List<String> fields,
    String body,
    long contentLength,
    boolean chunked,
    boolean keepAlive,
    boolean expectContinue) {

  static DecodedRequest of(Http1Request request) {
    List<String> fields = new ArrayList<>();
    request.forEach((name, value) -> fields.add(name + ": " + value));
    String pathFromBytes = new String(request.pathBytes(), request.pathStart(), request.pathLength(),
        StandardCharsets.US_ASCII);
    return new DecodedRequest(request.method().name(), request.version().text(), request.uri(), request.path(),
        pathFromBytes, request.rawQuery(), fields, request.toString(StandardCharsets.ISO_8859_1),
        request.contentLength(), request.chunked(), request.keepAlive(), request.expectContinue());
  }
}
