package dev.fastpath.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProblemDetailsTests {

  @Test
  void writesTypeTitleStatusAndDetail() {
    assertThat(new String(ProblemDetails.body(413, "The body is larger than 1024 bytes"), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
            + "\"detail\":\"The body is larger than 1024 bytes\"}");
  }

  @Test
  void leavesOutAnEmptyDetail() {
    assertThat(new String(ProblemDetails.body(404, null), StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(new String(ProblemDetails.body(400, "a\"b\\c\nd\u0001"), StandardCharsets.UTF_8))
        .endsWith("\"detail\":\"a\\\"b\\\\c\\nd\\u0001\"}");
  }
}
