package dev.fastpath.routing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One element of a compiled {@link PathTemplate}, mirroring the element kinds of Spring's
 * {@code PathPattern} so that score and normalized length (the inputs of its specificity comparator)
 * come out the same. A template alternates separators and segment elements; a {@code **} or
 * {@code {*name}} element stands for the separator in front of it as well.
 */
sealed interface TemplateElement {

  /** Spring's weight of one {@code *} in a segment ({@code PathElement.WILDCARD_WEIGHT}). */
  int WILDCARD_WEIGHT = 100;

  /** Lower is more specific: captures count 1, wildcards 100. */
  int score();

  /** Length of the template text with each variable counted as 1. */
  int normalizedLength();

  /** How many path variables this element binds. */
  default int captureCount() {
    return 0;
  }

  /** Two elements with the same key match exactly the same inputs; the tree merges them. */
  String key();

  /** A {@code /}. */
  record Separator() implements TemplateElement {
    @Override
    public int score() {
      return 0;
    }

    @Override
    public int normalizedLength() {
      return 1;
    }

    @Override
    public String key() {
      return "/";
    }
  }

  /** A segment of plain text, compared with the decoded segment value. */
  record Literal(String text, byte[] utf8) implements TemplateElement {
    Literal(String text) {
      this(text, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int score() {
      return 0;
    }

    @Override
    public int normalizedLength() {
      return this.text.length();
    }

    @Override
    public String key() {
      return "L" + this.text;
    }
  }

  /** A segment of text with {@code ?} standing for any one character (Spring scores these 0). */
  record SingleChar(String text) implements TemplateElement {
    @Override
    public int score() {
      return 0;
    }

    @Override
    public int normalizedLength() {
      return this.text.length();
    }

    @Override
    public String key() {
      return "?" + this.text;
    }

    boolean matches(CharSequence value) {
      if (value.length() != this.text.length()) {
        return false;
      }
      for (int i = 0; i < value.length(); i++) {
        char expected = this.text.charAt(i);
        if (expected != '?' && expected != value.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code {name}} or {@code {name:regex}}: the whole non-empty segment value. */
  record Capture(String name, @Nullable Pattern constraint) implements TemplateElement {
    @Override
    public int score() {
      return 1;
    }

    @Override
    public int normalizedLength() {
      return 1;
    }

    @Override
    public int captureCount() {
      return 1;
    }

    @Override
    public String key() {
      return this.constraint == null ? "{}" : "{:" + this.constraint.pattern() + "}";
    }
  }

  /** {@code *} as a whole segment. */
  record Wildcard() implements TemplateElement {
    @Override
    public int score() {
      return WILDCARD_WEIGHT;
    }

    @Override
    public int normalizedLength() {
      return 1;
    }

    @Override
    public String key() {
      return "*";
    }
  }

  /**
   * A segment mixing text with captures, {@code *} or {@code ?} (Spring's {@code RegexPathElement}),
   * e.g. {@code {name}.{ext}} or {@code v{version}}: one regex over the whole segment value, one group
   * per variable.
   */
  record Mixed(String text, Pattern pattern, List<String> names, int wildcards) implements TemplateElement {
    @Override
    public int score() {
      return this.names.size() + this.wildcards * WILDCARD_WEIGHT;
    }

    @Override
    public int normalizedLength() {
      int namesLength = 0;
      for (String name : this.names) {
        namesLength += name.length();
      }
      return this.text.length() - namesLength - this.names.size();
    }

    @Override
    public int captureCount() {
      return this.names.size();
    }

    @Override
    public String key() {
      return "R" + this.pattern.pattern();
    }
  }

  /** {@code /**}: zero or more segments, first or last in the template. */
  record WildcardSegments() implements TemplateElement {
    @Override
    public int score() {
      return 0;
    }

    @Override
    public int normalizedLength() {
      return 1;
    }

    @Override
    public String key() {
      return "**";
    }
  }

  /** <code>/{*name}</code>: zero or more segments captured, first or last in the template. */
  record CaptureSegments(String name) implements TemplateElement {
    @Override
    public int score() {
      return 0;
    }

    @Override
    public int normalizedLength() {
      return 1;
    }

    @Override
    public int captureCount() {
      return 1;
    }

    @Override
    public String key() {
      return "{*}";
    }
  }
}
