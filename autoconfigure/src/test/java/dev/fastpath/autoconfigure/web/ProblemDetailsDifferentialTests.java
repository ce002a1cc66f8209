package dev.fastpath.autoconfigure.web;

/**
 * The differential cases again with {@code spring.mvc.problemdetails.enabled=true} and every
 * {@code spring.web.error.include-*} option on, so error bodies are compared field by field including
 * messages, exception class names and binding errors.
 */
class ProblemDetailsDifferentialTests extends SpringMvcDifferentialTests {

  /**
   * Spring lists the producible types of a 406 in the hash order of its mapping registry; Fastpath
   * lists them in declaration order. Only the problem detail's text shows it.
   */
  @Override
  protected boolean knownDifference(DifferentialCase testCase) {
    return testCase.path().equals("/api/negotiate") && testCase.headers().contains("image/png");
  }

  @Override
  protected String[] properties() {
    return new String[] {"spring.mvc.problemdetails.enabled=true", "spring.web.error.include-message=always",
        "spring.web.error.include-binding-errors=always", "spring.web.error.include-exception=true"};
  }
}
