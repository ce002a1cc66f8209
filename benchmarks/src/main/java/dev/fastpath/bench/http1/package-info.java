/**
 * JMH benchmarks of the HTTP/1.1 codec: Fastpath's {@code Http1RequestDecoder} against Netty's
 * {@code HttpRequestDecoder} + {@code HttpObjectAggregator} on the same bytes in the same run.
 */
@NullMarked
package dev.fastpath.bench.http1;

import org.jspecify.annotations.NullMarked;
