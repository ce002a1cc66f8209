package dev.fastpath.bench.http1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fixtures decode to what they claim on both sides, so the numbers compare equal work. */
class Http1DecoderBenchmarkTests {

  @ParameterizedTest
  @EnumSource(Http1Fixtures.class)
  void bothDecodersSeeEveryRequestOfTheFixture(Http1Fixtures fixture) {
    Http1DecoderBenchmark benchmark = new Http1DecoderBenchmark();
    benchmark.fixture = fixture;
    benchmark.setUp();
    try {
      for (int i = 0; i < 3; i++) {
        assertThat(benchmark.fastpath()).isEqualTo(fixture.requests());
        assertThat(benchmark.netty()).isEqualTo(fixture.requests());
      }
    } finally {
      benchmark.tearDown();
    }
  }

  @ParameterizedTest
  @EnumSource(Http1Fixtures.class)
  void fixturesHaveTheAdvertisedSize(Http1Fixtures fixture) {
    int perRequest = fixture.bytes().length / fixture.requests();
    switch (fixture) {
      case BROWSER_GET -> assertThat(perRequest).isBetween(280, 400);
      case PIPELINED_16 -> assertThat(perRequest).isLessThan(120);
      case POST_JSON -> assertThat(fixture.bodyLength()).isBetween(180, 220);
    }
  }
}
