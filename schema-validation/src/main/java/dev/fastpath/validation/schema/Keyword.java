package dev.fastpath.validation.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One constraint of a {@link SchemaNode}. Every keyword that can fail by itself carries the {@code rule} it
 * reports (a JSON Schema keyword such as {@code minLength}, or a constraint name such as {@code NotBlank}) and
 * the {@code message} a violation shows; compilers choose both. Keywords that only apply subschemas
 * ({@link Properties}, {@link Items}, {@link AllOf}, ...) report the violations of those subschemas.
 *
 * <p>As in JSON Schema, a keyword applies to the JSON types it is about and accepts other values: {@code
 * MinLength} passes a number, {@code Minimum} passes a string. Type and nullability are stated with {@link
 * Type} and {@link NotNull}.
 *
 * @since 0.1.0
 */
public sealed interface Keyword {

  // ---- any type ------------------------------------------------------------------------------------------

  /** The value's type must be one of {@code types} ({@link JsonType#INTEGER} matches integral numbers). */
  record Type(java.util.Set<JsonType> types, String rule, String message) implements Keyword {
    public Type {
      types = java.util.Set.copyOf(types);
    }
  }

  /** The value must not be JSON {@code null} (a missing property is {@link Required}'s business). */
  record NotNull(String rule, String message) implements Keyword {
  }

  /** The boolean schema {@code false}: every value is a violation. */
  record False(String rule, String message) implements Keyword {
  }

  /** The value must equal one of {@code values} (JSON equality: {@code 1 == 1.0}, member order ignored). */
  record Enum(List<JsonLiteral> values, String rule, String message) implements Keyword {
    public Enum {
      values = List.copyOf(values);
    }
  }

  /** The value must equal {@code value} (JSON equality). */
  record Const(JsonLiteral value, String rule, String message) implements Keyword {
  }

  /** Every subschema must hold; their violations are reported as they are. */
  record AllOf(List<SchemaNode> schemas) implements Keyword {
    public AllOf {
      schemas = List.copyOf(schemas);
    }
  }

  /** At least one subschema must hold. */
  record AnyOf(List<SchemaNode> schemas, String rule, String message) implements Keyword {
    public AnyOf {
      schemas = List.copyOf(schemas);
    }
  }

  /** Exactly one subschema must hold. */
  record OneOf(List<SchemaNode> schemas, String rule, String message) implements Keyword {
    public OneOf {
      schemas = List.copyOf(schemas);
    }
  }

  /** The subschema must not hold. */
  record Not(SchemaNode schema, String rule, String message) implements Keyword {
  }

  /** If {@code condition} holds, {@code then} must hold, otherwise {@code otherwise} must (when present). */
  record Conditional(SchemaNode condition, @Nullable SchemaNode then, @Nullable SchemaNode otherwise)
      implements Keyword {
  }

  /** The value must satisfy {@link Schema#definitions()}{@code .get(target)}; refs may be recursive. */
  record Ref(String target) implements Keyword {
    public Ref {
      Objects.requireNonNull(target, "target");
    }
  }

  // ---- strings --------------------------------------------------------------------------------------------

  /** A string must have at least {@code min} characters, counted in Unicode code points (JSON Schema). */
  record MinLength(long min, String rule, String message) implements Keyword {
  }

  /** A string must have at most {@code max} characters, counted in Unicode code points (JSON Schema). */
  record MaxLength(long max, String rule, String message) implements Keyword {
  }

  /**
   * A string must match {@code regex} (a {@link java.util.regex.Pattern}, compiled when the validator is built).
   * {@code fullMatch = false} is JSON Schema's unanchored search; {@code true} is Bean Validation's
   * {@code @Pattern} ({@code Matcher.matches()}).
   */
  record Pattern(String regex, boolean fullMatch, String rule, String message) implements Keyword {
  }

  /**
   * A string format ({@code email}, {@code uuid}, {@code date}, {@code date-time}, {@code time}, {@code uri}
   * ...). With {@code asserted = false} it is an annotation and never fails (JSON Schema 2020-12's default).
   * Unknown formats are compile errors when asserted. {@code bean-validation-email} is {@code email} that also
   * accepts the empty string, as Hibernate Validator's {@code @Email} does. Formats apply to strings, except
   * the OpenAPI integer formats {@code int32} and {@code int64}, which apply to numbers.
   */
  record Format(String format, boolean asserted, String rule, String message) implements Keyword {
  }

  /** A string must contain at least one character that is not whitespace (Bean Validation {@code @NotBlank}). */
  record NotBlank(String rule, String message) implements Keyword {
  }

  /**
   * Bean Validation {@code @Size}/{@code @NotEmpty}: a string's length in UTF-16 code units
   * ({@code String.length()}), an array's item count or an object's member count lies in {@code [min, max]}.
   */
  record Size(long min, long max, String rule, String message) implements Keyword {
  }

  /**
   * A temporal string (in {@code type}'s ISO-8601 form) must lie in the past or future of the validator's
   * clock. Strings that do not parse are left to the binder (no violation here).
   */
  record Temporal(TemporalType type, Relation relation, String rule, String message) implements Keyword {

    /** Where the value must lie relative to now. */
    public enum Relation {
      PAST,
      PAST_OR_PRESENT,
      FUTURE,
      FUTURE_OR_PRESENT
    }
  }

  // ---- numbers --------------------------------------------------------------------------------------------

  /**
   * A number must be above ({@code upper = false}) or below ({@code upper = true}) {@code limit}, inclusively
   * unless {@code exclusive}. Comparison is exact in decimal. {@code text} is the limit as the user wrote it
   * (for messages). With {@code numericStrings}, a string is read as a decimal number and checked too (Bean
   * Validation's {@code @DecimalMin} on a {@code CharSequence}); a string that is not a number is a violation.
   */
  record NumberBound(BigDecimal limit, String text, boolean upper, boolean exclusive, boolean numericStrings,
      String rule, String message) implements Keyword {

    /** A JSON Schema bound: numbers only, text from the limit. */
    public static NumberBound of(BigDecimal limit, boolean upper, boolean exclusive, String rule,
        String message) {
      return new NumberBound(limit, limit.toString(), upper, exclusive, false, rule, message);
    }
  }

  /** A number must be an integral multiple of {@code divisor} (exact decimal arithmetic). */
  record MultipleOf(BigDecimal divisor, String rule, String message) implements Keyword {
    public MultipleOf {
      if (divisor.signum() <= 0) {
        throw new IllegalArgumentException("multipleOf must be > 0: " + divisor);
      }
    }
  }

  /**
   * Bean Validation {@code @Digits}: at most {@code integer} integral and {@code fraction} fractional digits
   * (trailing zeros of the shortest decimal form do not count). Applies to numbers, and to strings read as
   * decimals (a string that is not a number is a violation).
   */
  record Digits(int integer, int fraction, String rule, String message) implements Keyword {
  }

  // ---- booleans -------------------------------------------------------------------------------------------

  /** A boolean must be {@code expected} ({@code @AssertTrue}/{@code @AssertFalse}). */
  record AssertBoolean(boolean expected, String rule, String message) implements Keyword {
  }

  // ---- arrays ---------------------------------------------------------------------------------------------

  /** An array must have at least {@code min} items. */
  record MinItems(long min, String rule, String message) implements Keyword {
  }

  /** An array must have at most {@code max} items. */
  record MaxItems(long max, String rule, String message) implements Keyword {
  }

  /** An array's items must be pairwise different (JSON equality). */
  record UniqueItems(String rule, String message) implements Keyword {
  }

  /** Item {@code i} must satisfy {@code schemas.get(i)} (items beyond are left to {@link Items}). */
  record PrefixItems(List<SchemaNode> schemas) implements Keyword {
    public PrefixItems {
      schemas = List.copyOf(schemas);
    }
  }

  /** Every item not covered by a {@link PrefixItems} of the same node must satisfy {@code schema}. */
  record Items(SchemaNode schema) implements Keyword {
  }

  /**
   * Between {@code min} and {@code max} items must satisfy {@code schema} ({@code contains},
   * {@code minContains}, {@code maxContains}); {@code max < 0} means no upper limit.
   */
  record Contains(SchemaNode schema, long min, long max, String rule, String message, String maxRule,
      String maxMessage) implements Keyword {
  }

  /** Items that no other keyword (here or in valid in-place subschemas) evaluated must satisfy {@code schema}. */
  record UnevaluatedItems(SchemaNode schema) implements Keyword {
  }

  // ---- objects --------------------------------------------------------------------------------------------

  /** The property named by {@code name} must be present; a violation's pointer names the missing property. */
  record Required(String name, String rule, String message) implements Keyword {
  }

  /** Each present property named in {@code properties} must satisfy its schema. */
  record Properties(Map<String, SchemaNode> properties) implements Keyword {
    public Properties {
      properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
  }

  /** Each property whose name matches a regex (unanchored search) must satisfy that regex's schema. */
  record PatternProperties(Map<String, SchemaNode> patterns) implements Keyword {
    public PatternProperties {
      patterns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(patterns));
    }
  }

  /**
   * Each property matched by neither {@link Properties} nor {@link PatternProperties} of the same node must
   * satisfy {@code schema} ({@link SchemaNode#never} forbids them, {@link SchemaNode#ANY} allows them).
   */
  record AdditionalProperties(SchemaNode schema) implements Keyword {
  }

  /** Properties that nothing else evaluated (here or in valid in-place subschemas) must satisfy {@code schema}. */
  record UnevaluatedProperties(SchemaNode schema) implements Keyword {
  }

  /** An object must have at least {@code min} properties. */
  record MinProperties(long min, String rule, String message) implements Keyword {
  }

  /** An object must have at most {@code max} properties. */
  record MaxProperties(long max, String rule, String message) implements Keyword {
  }

  /**
   * Every property name, as a string, must satisfy {@code schema}; a violation points at the property and
   * carries this keyword's rule and message.
   */
  record PropertyNames(SchemaNode schema, String rule, String message) implements Keyword {
  }

  /** When {@code property} is present, every name in {@code required} must be present too. */
  record DependentRequired(String property, List<String> required, String rule, String message)
      implements Keyword {
    public DependentRequired {
      required = List.copyOf(required);
    }
  }

  /** When {@code property} is present, the whole object must satisfy {@code schema}. */
  record DependentSchema(String property, SchemaNode schema) implements Keyword {
  }
}
