package dev.fastpath.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns template text into {@link TemplateElement}s with the rules of Spring's
 * {@code InternalPathPatternParser} (spring-web 7): what counts as a literal, a capture, a wildcard or a
 * mixed segment, where {@code **}/{@code {*name}} may stand, and which input is an error. One instance
 * parses one template.
 */
final class PathTemplateParser {

  /**
   * The tokens of a mixed segment, as Spring's {@code RegexPathElement} finds them: {@code ?}, {@code *}
   * or a brace group that may hold one level of nested braces (a regex quantifier such as {@code {3}}).
   */
  private static final Pattern MIXED_TOKENS =
      Pattern.compile("\\?|\\*|\\{((?:\\{[^/]+?\\}|[^/{}]|\\\\[{}])+?)\\}");

  private final String text;
  private final List<TemplateElement> elements = new ArrayList<>();
  private final List<String> variableNames = new ArrayList<>();
  private int pos;
  private boolean multiSegmentSeen;

  // State of the segment being read; reset by startSegment().
  private int segmentStart;
  private int singleCharWildcards;
  private boolean wildcard;
  private boolean captureSegments;
  private boolean insideCapture;
  private int captureCount;
  private int captureStart;

  private PathTemplateParser(String text) {
    this.text = text;
  }

  static PathTemplate parse(String text) {
    PathTemplateParser parser = new PathTemplateParser(text);
    parser.run();
    return new PathTemplate(text, List.copyOf(parser.elements), List.copyOf(parser.variableNames));
  }

  private void run() {
    startSegment();
    int length = this.text.length();
    while (this.pos < length) {
      char ch = this.text.charAt(this.pos);
      if (ch == '/') {
        if (this.segmentStart != -1) {
          push(segmentElement());
        }
        push(new TemplateElement.Separator());
      }
      else {
        readSegmentChar(ch);
      }
      this.pos++;
    }
    if (this.segmentStart != -1) {
      push(segmentElement());
    }
  }

  private void readSegmentChar(char ch) {
    if (this.segmentStart == -1) {
      this.segmentStart = this.pos;
    }
    if (ch == '?') {
      this.singleCharWildcards++;
    }
    else if (ch == '{') {
      if (this.insideCapture) {
        throw error(this.pos, "'{' inside a variable (variables cannot be nested)");
      }
      this.insideCapture = true;
      this.captureStart = this.pos;
    }
    else if (ch == '}') {
      if (!this.insideCapture) {
        throw error(this.pos, "'}' without a preceding '{'");
      }
      this.insideCapture = false;
      this.captureCount++;
    }
    else if (ch == ':') {
      if (this.insideCapture && !this.captureSegments) {
        skipRegex();
        this.insideCapture = false;
        this.captureCount++;
      }
    }
    else if (isDoubleWildcard()) {
      checkMultiSegmentPlacement(this.pos, this.pos + 1);
      push(new TemplateElement.WildcardSegments());
      this.pos++;
    }
    else if (ch == '*') {
      if (this.insideCapture && this.captureStart == this.pos - 1) {
        this.captureSegments = true;
      }
      this.wildcard = true;
    }
    if (this.insideCapture) {
      checkVariableNameChar(ch);
    }
  }

  private void checkVariableNameChar(char ch) {
    int nameStart = this.captureStart + 1 + (this.captureSegments ? 1 : 0);
    if (this.pos == nameStart && !Character.isJavaIdentifierStart(ch)) {
      throw error(this.pos, "'" + ch + "' cannot start a variable name");
    }
    if (this.pos > nameStart && !Character.isJavaIdentifierPart(ch) && ch != '-') {
      throw error(this.pos, "'" + ch + "' is not allowed in a variable name");
    }
  }

  /** At the ':' of {@code {name:regex}}: moves to the closing brace, allowing nested and escaped braces. */
  private void skipRegex() {
    this.pos++;
    int regexStart = this.pos;
    int depth = 0;
    boolean escaped = false;
    while (this.pos < this.text.length()) {
      char ch = this.text.charAt(this.pos);
      if (ch == '\\' && !escaped) {
        this.pos++;
        escaped = true;
        continue;
      }
      if (ch == '{' && !escaped) {
        depth++;
      }
      else if (ch == '}' && !escaped) {
        if (depth == 0) {
          if (this.pos == regexStart) {
            throw error(regexStart, "missing regex after ':'");
          }
          return;
        }
        depth--;
      }
      if (ch == '/' && !escaped) {
        throw error(this.pos, "missing '}' to close the variable (a '/' in a regex must be escaped)");
      }
      this.pos++;
      escaped = false;
    }
    throw error(this.pos - 1, "missing '}' to close the variable");
  }

  private boolean isDoubleWildcard() {
    String t = this.text;
    int p = this.pos;
    return p + 1 < t.length() && t.charAt(p) == '*' && t.charAt(p + 1) == '*'
        && (p == 0 || t.charAt(p - 1) == '/')
        && (p + 2 >= t.length() || t.charAt(p + 2) == '/');
  }

  private void checkMultiSegmentPlacement(int start, int end) {
    if (this.multiSegmentSeen) {
      throw error(this.pos, "only one '**' or '{*...}' is allowed");
    }
    if (start > 1 && end != this.text.length() - 1) {
      throw error(this.pos, "'**' and '{*...}' must be the first or the last segment");
    }
    this.multiSegmentSeen = true;
  }

  private TemplateElement segmentElement() {
    if (this.insideCapture) {
      throw error(this.pos, "missing '}' to close the variable");
    }
    String segment = this.text.substring(this.segmentStart, this.pos);
    if (this.captureCount > 0) {
      if (this.captureCount == 1 && this.segmentStart == this.captureStart && segment.endsWith("}")) {
        return this.captureSegments ? captureSegmentsElement(segment) : captureElement(segment);
      }
      if (this.captureSegments) {
        throw error(this.segmentStart, "'{*...}' cannot be mixed with other text in a segment");
      }
      return mixedElement(segment);
    }
    if (this.wildcard) {
      return segment.length() == 1 ? new TemplateElement.Wildcard() : mixedElement(segment);
    }
    if (this.singleCharWildcards > 0) {
      return new TemplateElement.SingleChar(segment);
    }
    return new TemplateElement.Literal(segment);
  }

  private TemplateElement captureSegmentsElement(String segment) {
    checkMultiSegmentPlacement(this.segmentStart, this.pos - 1);
    String name = segment.substring(2, segment.length() - 1);
    recordVariable(name);
    return new TemplateElement.CaptureSegments(name);
  }

  private TemplateElement captureElement(String segment) {
    int colon = segment.indexOf(':');
    if (colon == -1) {
      String name = segment.substring(1, segment.length() - 1);
      recordVariable(name);
      return new TemplateElement.Capture(name, null);
    }
    String name = segment.substring(1, colon);
    String regex = segment.substring(colon + 1, segment.length() - 1);
    Pattern constraint = compile(regex, this.segmentStart + colon + 1);
    if (constraint.matcher("").groupCount() != 0) {
      throw error(this.segmentStart + colon + 1,
          "capturing groups are not allowed in the regex of {" + name + "}; use (?:...)");
    }
    recordVariable(name);
    return new TemplateElement.Capture(name, constraint);
  }

  private TemplateElement mixedElement(String segment) {
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    int wildcards = 0;
    Matcher tokens = MIXED_TOKENS.matcher(segment);
    int end = 0;
    while (tokens.find()) {
      if (tokens.start() > end) {
        regex.append(Pattern.quote(segment.substring(end, tokens.start())));
      }
      String token = tokens.group();
      if (token.equals("?")) {
        regex.append('.');
      }
      else if (token.equals("*")) {
        regex.append(".*");
        // As in Spring (and AntPathMatcher before it), ".*" does not count as a wildcard.
        if (tokens.start() == 0 || segment.charAt(tokens.start() - 1) != '.') {
          wildcards++;
        }
      }
      else {
        int colon = token.indexOf(':');
        String name = colon == -1 ? tokens.group(1) : token.substring(1, colon);
        regex.append(colon == -1 ? "(.*)" : "(" + token.substring(colon + 1, token.length() - 1) + ")");
        if (names.contains(name)) {
          throw error(this.segmentStart, "variable '" + name + "' is captured twice");
        }
        names.add(name);
      }
      end = tokens.end();
    }
    if (end < segment.length()) {
      regex.append(Pattern.quote(segment.substring(end)));
    }
    Pattern pattern = compile(regex.toString(), this.segmentStart);
    if (pattern.matcher("").groupCount() != names.size()) {
      throw error(this.segmentStart, "capturing groups are not allowed in the regex of a variable; use (?:...)");
    }
    for (String name : names) {
      recordVariable(name);
    }
    return new TemplateElement.Mixed(segment, pattern, List.copyOf(names), wildcards);
  }

  private Pattern compile(String regex, int position) {
    try {
      return Pattern.compile(regex, Pattern.DOTALL);
    }
    catch (PatternSyntaxException ex) {
      throw new InvalidPathTemplateException(this.text, position + Math.max(ex.getIndex(), 0),
          "invalid regex: " + ex.getDescription(), ex);
    }
  }

  private void recordVariable(String name) {
    if (name.isEmpty()) {
      throw error(this.segmentStart, "empty variable name");
    }
    if (this.variableNames.contains(name)) {
      throw error(this.segmentStart, "variable '" + name + "' is captured twice");
    }
    this.variableNames.add(name);
  }

  /** A {@code **} or {@code {*name}} takes the place of the separator in front of it. */
  private void push(TemplateElement element) {
    boolean multiSegment = element instanceof TemplateElement.WildcardSegments
        || element instanceof TemplateElement.CaptureSegments;
    if (multiSegment && !this.elements.isEmpty()) {
      assert this.elements.getLast() instanceof TemplateElement.Separator;
      this.elements.removeLast();
    }
    this.elements.add(element);
    startSegment();
  }

  private void startSegment() {
    this.segmentStart = -1;
    this.singleCharWildcards = 0;
    this.wildcard = false;
    this.captureSegments = false;
    this.insideCapture = false;
    this.captureCount = 0;
    this.captureStart = -1;
  }

  private InvalidPathTemplateException error(int position, String reason) {
    return new InvalidPathTemplateException(this.text, position, reason);
  }
}
