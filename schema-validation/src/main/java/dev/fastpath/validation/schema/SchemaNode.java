package dev.fastpath.validation.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One (sub)schema: the keywords that all apply to the same instance value. A node without keywords accepts
 * everything (the boolean schema {@code true}); {@link #never} builds the boolean schema {@code false} with the
 * rule and message of the keyword that forbids the value (e.g. {@code additionalProperties}).
 *
 * @param keywords the keywords, all of which must hold
 * @since 0.1.0
 */
public record SchemaNode(List<Keyword> keywords) {

  /** The schema {@code true}: every value is valid. */
  public static final SchemaNode ANY = new SchemaNode(List.of());

  public SchemaNode {
    keywords = List.copyOf(keywords);
  }

  /** The schema {@code false}: no value is valid; a violation carries {@code rule} and {@code message}. */
  public static SchemaNode never(String rule, String message) {
    return new SchemaNode(List.of(new Keyword.False(rule, message)));
  }

  /** A node with the given keywords. */
  public static SchemaNode of(Keyword... keywords) {
    return new SchemaNode(List.of(keywords));
  }

  /** Whether this node accepts every value (it has no keywords). */
  public boolean acceptsAll() {
    return this.keywords.isEmpty();
  }

  /** A builder that collects keywords in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects keywords for a {@link SchemaNode}. */
  public static final class Builder {

    private final List<Keyword> keywords = new ArrayList<>();

    private Builder() {
    }

    /** Adds a keyword. */
    public Builder add(Keyword keyword) {
      this.keywords.add(keyword);
      return this;
    }

    /** Whether no keyword was added yet. */
    public boolean isEmpty() {
      return this.keywords.isEmpty();
    }

    /** The node. */
    public SchemaNode build() {
      return new SchemaNode(this.keywords);
    }
  }
}
