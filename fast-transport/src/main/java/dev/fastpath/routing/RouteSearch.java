package dev.fastpath.routing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The depth-first walk of the route tree over one request path, with the scratch state it needs; one
 * per {@link RouteMatch}, reused for every lookup, so a lookup allocates nothing once warm.
 *
 * <p>Spring MVC takes, of all templates that match the path and the method, the one its
 * {@code PathPattern.SPECIFICITY_COMPARATOR} ranks first. That ranking is global (fewer captures win
 * wherever they are in the path), so the walk cannot stop at the first template it reaches. It visits
 * static children first, then patterns, and backtracks; every node knows the best specificity in its
 * subtree per method, so a subtree that cannot beat the best match so far is skipped. With ordinary
 * route sets this leaves only the branches that really compete.
 */
final class RouteSearch {

  /** Pseudo-method: collect the methods of every matching template (for 405 and OPTIONS). */
  static final int ANY = AllowedMethods.COUNT;

  private final PathDecoder decoder = new PathDecoder();
  private final ByteChars asciiView = new ByteChars();
  private Matcher[] matchers = new Matcher[0];
  private @Nullable RouteTree matchersOf;
  private int[] current = new int[8];

  private byte[] path = new byte[0];
  private int from;
  private int to;
  private int flags;
  private int method;
  private long bestSpecificity;
  private @Nullable CompiledRoute best;
  private int mask;
  private int[] variablesOut = new int[0];

  void start(RouteTree tree, byte[] path, int from, int to, int flags) {
    this.path = path;
    this.from = from;
    this.to = to;
    this.flags = flags;
    if (this.matchersOf != tree) {
      this.matchers = new Matcher[tree.patterns().length];
      this.current = new int[Math.max(2, tree.maxVariables() * 2)];
      this.matchersOf = tree;
    }
  }

  /** Finds the best route for a method ordinal; {@code null} if none matches. */
  @Nullable CompiledRoute best(RouteTree tree, int method, int[] variablesOut) {
    run(tree, method, variablesOut);
    return this.best;
  }

  /** The methods of all templates that match the path, as a bitmask. */
  int methods(RouteTree tree) {
    run(tree, ANY, this.current);
    return this.mask;
  }

  private void run(RouteTree tree, int method, int[] variablesOut) {
    this.method = method;
    this.bestSpecificity = Long.MAX_VALUE;
    this.best = null;
    this.mask = 0;
    this.variablesOut = variablesOut;
    RouteNode root = tree.root();
    if (!promising(root)) {
      return;
    }
    visit(root, this.from);
    for (RouteNode leading : root.leading) {
      // Spring tries the rest of the template after each separator, shortest prefix first.
      for (int p = this.from; p < this.to && promising(leading); p++) {
        if (this.path[p] == '/') {
          if (leading.kind == RouteNode.CAPTURE_SEGMENTS) {
            variable(0, this.from, p);
          }
          visitChildren(leading, p);
        }
      }
    }
  }

  private boolean promising(RouteNode node) {
    return node.best[this.method] < this.bestSpecificity;
  }

  private void visit(RouteNode node, int pos) {
    if (pos == this.to) {
      terminal(node);
    }
    visitChildren(node, pos);
  }

  private void visitChildren(RouteNode node, int pos) {
    byte[] path = this.path;
    if (pos < this.to) {
      if (path[pos] == '/') {
        RouteNode separator = node.separator;
        if (separator != null && promising(separator)) {
          visit(separator, pos + 1);
        }
        emptyMixed(node, pos, pos + 1);
      }
      else {
        segment(node, pos);
      }
    }
    else {
      if (node.wildcard != null && promising(node.wildcard)) {
        // A trailing "*" also matches when no segment is left ("/foo/" against "/foo/*").
        terminal(node.wildcard);
      }
      emptyMixed(node, pos, pos);
    }
    if (pos == this.to || path[pos] == '/') {
      if (node.wildcardSegments != null && promising(node.wildcardSegments)) {
        terminal(node.wildcardSegments);
      }
      RouteNode captureSegments = node.captureSegments;
      if (captureSegments != null && promising(captureSegments)) {
        variable(captureSegments.variableIndex, pos, this.to);
        terminal(captureSegments);
      }
    }
  }

  /**
   * Where a segment is expected but the path has a separator (at {@code pos}) or has ended, Spring's
   * {@code RegexPathElement} matches its regex against "" and, on success, goes on after that element:
   * odd templates such as {@code /x/{a}{b}/y} against {@code /x///y} match, with empty variables.
   */
  private void emptyMixed(RouteNode node, int pos, int next) {
    if (node.emptyMatching.length == 0) {
      return;
    }
    for (RouteNode child : node.emptyMatching) {
      if (promising(child)) {
        for (int group = 0; group < child.groupCount; group++) {
          variable(child.variableIndex + group, pos, pos);
        }
        if (next == this.to && child.groupCount == 0) {
          terminal(child);
        }
        visitChildren(child, next);
      }
    }
  }

  private void segment(RouteNode node, int pos) {
    int segmentEnd = PathDecoder.indexOf(this.path, (byte) '/', pos, this.to);
    int valueEnd = (this.flags & PathDecoder.SEMICOLON) != 0
        ? PathDecoder.indexOf(this.path, (byte) ';', pos, segmentEnd) : segmentEnd;
    boolean encoded = (this.flags & PathDecoder.PERCENT) != 0
        && PathDecoder.indexOf(this.path, (byte) '%', pos, valueEnd) < valueEnd;
    if (node.literals.size() > 0) {
      RouteNode child;
      if (encoded) {
        byte[] decoded = this.decoder.decodedBytes(this.path, pos, valueEnd);
        child = node.literals.get(decoded, 0, this.decoder.length());
      }
      else {
        child = node.literals.get(this.path, pos, valueEnd);
      }
      if (child != null && promising(child)) {
        visit(child, segmentEnd);
      }
    }
    for (RouteNode child : node.patterns) {
      if (promising(child)) {
        patternChild(child, pos, valueEnd, segmentEnd, encoded);
      }
    }
  }

  private void patternChild(RouteNode child, int pos, int valueEnd, int segmentEnd, boolean encoded) {
    switch (child.kind) {
      case RouteNode.SINGLE_CHAR -> {
        if (((TemplateElement.SingleChar) child.element).matches(chars(pos, valueEnd, encoded))) {
          visit(child, segmentEnd);
        }
      }
      case RouteNode.CAPTURE -> {
        if (valueEnd > pos) {
          variable(child.variableIndex, pos, valueEnd);
          visit(child, segmentEnd);
        }
      }
      case RouteNode.CAPTURE_REGEX -> {
        if (valueEnd > pos && matcher(child).reset(chars(pos, valueEnd, encoded)).matches()) {
          variable(child.variableIndex, pos, valueEnd);
          visit(child, segmentEnd);
        }
      }
      case RouteNode.MIXED -> mixed(child, pos, valueEnd, segmentEnd, encoded);
      case RouteNode.WILDCARD -> {
        if (valueEnd > pos) {
          visit(child, segmentEnd);
        }
        else if (segmentEnd == this.to) {
          terminal(child);
        }
      }
      default -> throw new IllegalStateException("Unexpected node kind " + child.kind);
    }
  }

  private void mixed(RouteNode child, int pos, int valueEnd, int segmentEnd, boolean encoded) {
    Matcher matcher = matcher(child).reset(chars(pos, valueEnd, encoded));
    if (!matcher.matches()) {
      return;
    }
    boolean direct = !encoded && (this.flags & PathDecoder.NON_ASCII) == 0;
    for (int group = 1; group <= child.groupCount; group++) {
      int start = matcher.start(group);
      int end = matcher.end(group);
      if (direct) {
        variable(child.variableIndex + group - 1, pos + start, pos + end);
      }
      else {
        // Group bounds are character indexes into the decoded value: map them back to raw bytes.
        variable(child.variableIndex + group - 1, PathDecoder.rawOffset(this.path, pos, valueEnd, start),
            PathDecoder.rawOffset(this.path, pos, valueEnd, end));
      }
    }
    if (valueEnd == pos && child.groupCount > 0) {
      // Spring binds no empty variables at the end of a path, but allows them before more elements.
      visitChildren(child, segmentEnd);
    }
    else {
      visit(child, segmentEnd);
    }
  }

  private void terminal(RouteNode node) {
    if (this.method == ANY) {
      this.mask |= node.methodMask;
      return;
    }
    CompiledRoute route = node.routes[this.method];
    if (route != null && route.specificity() < this.bestSpecificity) {
      this.bestSpecificity = route.specificity();
      this.best = route;
      System.arraycopy(this.current, 0, this.variablesOut, 0, route.variableCount() * 2);
    }
  }

  private void variable(int index, int start, int end) {
    this.current[index * 2] = start;
    this.current[index * 2 + 1] = end;
  }

  private CharSequence chars(int pos, int valueEnd, boolean encoded) {
    if (!encoded && (this.flags & PathDecoder.NON_ASCII) == 0) {
      return this.asciiView.reset(this.path, pos, valueEnd);
    }
    return this.decoder.decodedChars(this.path, pos, valueEnd);
  }

  private Matcher matcher(RouteNode node) {
    Matcher matcher = this.matchers[node.patternIndex];
    if (matcher == null) {
      Pattern pattern = node.pattern();
      assert pattern != null;
      matcher = pattern.matcher("");
      this.matchers[node.patternIndex] = matcher;
    }
    return matcher;
  }

  /** An ASCII byte range seen as characters, without copying. */
  private static final class ByteChars implements CharSequence {

    private byte[] bytes = new byte[0];
    private int offset;
    private int length;

    ByteChars reset(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.offset = from;
      this.length = to - from;
      return this;
    }

    @Override
    public int length() {
      return this.length;
    }

    @Override
    public char charAt(int index) {
      return (char) (this.bytes[this.offset + index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(this.bytes, this.offset + start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return new String(this.bytes, this.offset, this.length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }
}
