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

  Regex(Pattern pattern, boolean fullMatch) {
    this.pattern = pattern;
    this.fullMatch = fullMatch;
    this.id = ids.getAndIncrement();
  }

  Pattern pattern() {
    return this.pattern;
  }

  int id() {
    return this.id;
  }

  boolean matches(Walk walk, CharSequence input) {
    java.util.regex.Matcher matcher = walk.matcher(this, input);
    return this.fullMatch ? matcher.matches() : matcher.find();
  }
}
