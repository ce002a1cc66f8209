package dev.fastpath.validation.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A regular expression compiled once, with a JVM-wide id under which each {@link Walk} caches its own
 * {@link java.util.regex.Matcher} (patterns are thread-safe, matchers are not).
 */
final class Regex {

  private static final AtomicInteger ids = new AtomicInteger();

  private final Pattern pattern;

  private final boolean fullMatch;

  private final int id;

  /** The byte-table fast path, or null. */
  private final SimplePattern simple;

  Regex(Pattern pattern, boolean fullMatch) {
    this.pattern = pattern;
    this.fullMatch = fullMatch;
    this.id = ids.getAndIncrement();
    this.simple = SimplePattern.parse(pattern.pattern(), fullMatch);
  }

  Pattern pattern() {
    return this.pattern;
  }

  int id() {
    return this.id;
  }

  /** Whether the string (or key) at a tape index matches. */
  boolean matches(Walk walk, int tapeIndex) {
    if (this.simple != null) {
      return this.simple.matches(walk.tape, tapeIndex);
    }
    return matches(walk, walk.chars(tapeIndex));
  }

  boolean matches(Walk walk, CharSequence input) {
    java.util.regex.Matcher matcher = walk.matcher(this, input);
    return this.fullMatch ? matcher.matches() : matcher.find();
  }
}
