package dev.fastpath.routing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed path template with the syntax and specificity of Spring's {@code PathPattern}
 * (spring-web 7):
 * <ul>
 * <li>literal text, compared with the percent-decoded path segment (without its {@code ;} parameters);
 * <li>{@code {name}}: one non-empty segment, bound to {@code name};
 * <li>{@code {name:regex}}: a segment the regex matches as a whole;
 * <li>captures mixed with text in one segment, e.g. {@code {name}.{ext}} or {@code v{version}};
 * <li>{@code ?}: one character; {@code *}: zero or more characters within a segment;
 * <li>{@code /**}: zero or more segments; <code>/{*name}</code>: zero or more segments bound to
 * {@code name} (e.g. {@code /a/b}, or {@code ""} for none) — either as the first or as the last
 * element of the template, and only once.
 * </ul>
 * Instances are immutable.
 *
 * @since 0.1
 */
public final class PathTemplate {

  private final String text;
  private final List<TemplateElement> elements;
  private final List<String> variableNames;
  private final int score;
  private final int normalizedLength;
  private final boolean catchAll;
  private final boolean literal;

  PathTemplate(String text, List<TemplateElement> elements, List<String> variableNames) {
    this.text = text;
    this.elements = elements;
    this.variableNames = variableNames;
    int score = 0;
    int length = 0;
    boolean catchAll = false;
    boolean literal = true;
    for (TemplateElement element : elements) {
      score += element.score();
      length += element.normalizedLength();
      catchAll |= element instanceof TemplateElement.WildcardSegments
          || element instanceof TemplateElement.CaptureSegments;
      literal &= element instanceof TemplateElement.Literal || element instanceof TemplateElement.Separator;
    }
    this.score = score;
    this.normalizedLength = length;
    this.catchAll = catchAll;
    this.literal = literal;
  }

  /**
   * Parses a template.
   *
   * @throws InvalidPathTemplateException naming the position of the first error
   */
  public static PathTemplate parse(String template) {
    return PathTemplateParser.parse(template);
  }

  /** The template as written. */
  public String text() {
    return this.text;
  }

  /** The names of the path variables, in the order they appear. */
  public List<String> variableNames() {
    return this.variableNames;
  }

  /** Whether the template ends (or starts) with {@code **} or {@code {*name}}. */
  public boolean isCatchAll() {
    return this.catchAll;
  }

  /** Whether the template is plain text that only one path can match. */
  public boolean isLiteral() {
    return this.literal;
  }

  /**
   * The specificity of the template as one number: lower is more specific. Two templates compare
   * like Spring's {@code PathPattern.SPECIFICITY_COMPARATOR} sorts them: catch-alls last (the longer
   * first among them), then fewer captures and wildcards ({@code *} weighs 100, a capture 1), then
   * the longer template (variables counted as one character).
   */
  public long specificity() {
    long shorter = Integer.MAX_VALUE - (long) this.normalizedLength;
    if (this.catchAll) {
      return (1L << 62) | (shorter << 31) | this.score;
    }
    return ((long) this.score << 31) | shorter;
  }

  List<TemplateElement> elements() {
    return this.elements;
  }

  int score() {
    return this.score;
  }

  int normalizedLength() {
    return this.normalizedLength;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PathTemplate that && this.text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return this.text.hashCode();
  }

  @Override
  public String toString() {
    return this.text;
  }
}
