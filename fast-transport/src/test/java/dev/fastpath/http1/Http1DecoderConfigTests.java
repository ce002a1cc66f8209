package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class Http1DecoderConfigTests {

  @Test
  void hasDocumentedDefaults() {
    Http1DecoderConfig config = Http1DecoderConfig.DEFAULT;
    assertThat(config.maxInitialLineLength()).isEqualTo(8192);
    assertThat(config.maxHeaderSize()).isEqualTo(8192);
    assertThat(config.maxHeaderCount()).isEqualTo(100);
    assertThat(config.maxBodySize()).isEqualTo(2 * 1024 * 1024);
    assertThat(config.maxChunkExtensionLength()).isEqualTo(1024);
    assertThat(config.maxTrailerSize()).isEqualTo(8192);
    assertThat(config.maxLeadingEmptyLines()).isEqualTo(2);
    assertThat(Http1DecoderConfig.builder().build()).isEqualTo(config);
  }

  @Test
  void copiesIntoABuilder() {
    Http1DecoderConfig config = Http1DecoderConfig.builder().maxHeaderCount(7).maxBodySize(9).build();
    assertThat(config.toBuilder().build()).isEqualTo(config);
    assertThat(config.toBuilder().maxTrailerSize(1).build().maxHeaderCount()).isEqualTo(7);
  }

  @Test
  void namesTheParameterThatIsOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Http1DecoderConfig.builder().maxInitialLineLength(0).build())
        .withMessageContaining("maxInitialLineLength");
    assertThatIllegalArgumentException().isThrownBy(() -> Http1DecoderConfig.builder().maxHeaderSize(-1).build())
        .withMessageContaining("maxHeaderSize");
    assertThatIllegalArgumentException().isThrownBy(() -> Http1DecoderConfig.builder().maxHeaderCount(0).build())
        .withMessageContaining("maxHeaderCount");
    assertThatIllegalArgumentException().isThrownBy(() -> Http1DecoderConfig.builder().maxBodySize(-1).build())
        .withMessageContaining("maxBodySize");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Http1DecoderConfig.builder().maxBodySize(Integer.MAX_VALUE + 1L).build())
        .withMessageContaining("maxBodySize");
    assertThatIllegalArgumentException().isThrownBy(() -> Http1DecoderConfig.builder().maxChunkExtensionLength(-1).build())
        .withMessageContaining("maxChunkExtensionLength");
    assertThatIllegalArgumentException().isThrownBy(() -> Http1DecoderConfig.builder().maxTrailerSize(-1).build())
        .withMessageContaining("maxTrailerSize");
    assertThatIllegalArgumentException().isThrownBy(() -> Http1DecoderConfig.builder().maxLeadingEmptyLines(-1).build())
        .withMessageContaining("maxLeadingEmptyLines");
  }

  @Test
  void failureRecordChecksItsStatus() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Http1DecodeFailure(200, "Expected", Http1DecodeFailure.Kind.MALFORMED))
        .withMessageContaining("status");
  }
}
