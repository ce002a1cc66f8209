/**
 * JMH benchmarks, one sub-package per concept ({@code http1}, {@code routing}, {@code validation},
 * {@code json}); each benchmark compares Fastpath with the baseline named in its class javadoc.
 */
package dev.fastpath.bench;
