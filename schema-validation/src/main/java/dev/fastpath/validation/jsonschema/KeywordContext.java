package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.schema.JsonLiteral;
import dev.fastpath.validation.schema.Keyword;
import dev.fastpath.validation.schema.SchemaNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles the keywords of one schema object (everything but {@code type} and annotations). */
final class KeywordContext {

  private final NodeCompiler compiler;

  private final Map<String, JsonLiteral> members;

  private final String location;

  private final JsonLiteral.Obj schema;

  KeywordContext(NodeCompiler compiler, JsonLiteral.Obj object, String location) {
    this.compiler = compiler;
    this.schema = object;
    this.members = object.members();
    this.location = location;
  }

  /** Adds the keyword's model; {@code false} when the keyword is unknown. */
  boolean compile(String keyword, JsonLiteral value, SchemaNode.Builder node) {
    String at = this.location + "/" + SchemaIndex.escape(keyword);
    switch (keyword) {
      case "$ref" -> node.add(this.compiler.ref(this.compiler.index().resolveRef(string(value, at),
          this.compiler.index().baseOf(this.schema), at)));
      case "$dynamicRef" -> node.add(this.compiler.dynamicRef(string(value, at),
          this.compiler.index().baseOf(this.schema), at));
      case "enum" -> {
        if (!(value instanceof JsonLiteral.Arr array)) {
          throw invalid("enum must be an array", at);
        }
        node.add(new Keyword.Enum(array.items(), "enum", "must be one of the allowed values"));
      }
      case "const" -> node.add(new Keyword.Const(value, "const", "must be equal to the constant value"));
      case "allOf" -> node.add(new Keyword.AllOf(schemas(value, at)));
      case "anyOf" -> node.add(new Keyword.AnyOf(schemas(value, at), "anyOf",
          "must match at least one of the schemas in anyOf"));
      case "oneOf" -> node.add(new Keyword.OneOf(schemas(value, at), "oneOf",
          "must match exactly one of the schemas in oneOf"));
      case "not" -> node.add(new Keyword.Not(sub(value, "not", "no value is allowed"), "not",
          "must not match the schema in not"));
      case "if" -> node.add(new Keyword.Conditional(sub(value, "if", "no value is allowed"),
          optional("then"), optional("else")));
      case "then", "else", "minContains", "maxContains" -> {
        // Compiled with "if" and "contains"; without them they have no effect (§10.2.2.1, §6.4.4).
      }
      case "dependentSchemas" -> {
        for (Map.Entry<String, JsonLiteral> entry : object(value, at).entrySet()) {
          node.add(new Keyword.DependentSchema(entry.getKey(), sub(entry.getValue(), "dependentSchemas",
              "is not allowed when \"" + entry.getKey() + "\" is present")));
        }
      }
      case "dependencies" -> dependencies(value, at, node);
      case "prefixItems" -> node.add(new Keyword.PrefixItems(schemas(value, at)));
      case "items" -> node.add(new Keyword.Items(sub(value, "items", itemsFalseMessage())));
      case "contains" -> node.add(contains(value));
      case "unevaluatedItems" -> node.add(new Keyword.UnevaluatedItems(sub(value, "unevaluatedItems",
          "is not allowed (unevaluated item)")));
      case "properties" -> {
        Map<String, SchemaNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonLiteral> entry : object(value, at).entrySet()) {
          properties.put(entry.getKey(), sub(entry.getValue(), "properties", "is not allowed"));
        }
        node.add(new Keyword.Properties(properties));
      }
      case "patternProperties" -> {
        Map<String, SchemaNode> patterns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonLiteral> entry : object(value, at).entrySet()) {
          patterns.put(EcmaRegex.toJava(entry.getKey(), at), sub(entry.getValue(), "patternProperties",
              "is not allowed"));
        }
        node.add(new Keyword.PatternProperties(patterns));
      }
      case "additionalProperties" -> node.add(new Keyword.AdditionalProperties(sub(value, "additionalProperties",
          "is not allowed")));
      case "unevaluatedProperties" -> node.add(new Keyword.UnevaluatedProperties(sub(value,
          "unevaluatedProperties", "is not allowed")));
      case "propertyNames" -> node.add(new Keyword.PropertyNames(sub(value, "propertyNames", "is not allowed"),
          "propertyNames", "has a name that is not allowed"));
      default -> {
        return compileAssertion(keyword, value, at, node);
      }
    }
    return true;
  }

  private boolean compileAssertion(String keyword, JsonLiteral value, String at, SchemaNode.Builder node) {
    switch (keyword) {
      case "multipleOf" -> {
        BigDecimal divisor = NodeCompiler.number(value, at);
        if (divisor.signum() <= 0) {
          throw invalid("multipleOf must be greater than 0", at);
        }
        node.add(new Keyword.MultipleOf(divisor, "multipleOf", "must be a multiple of " + text(divisor)));
      }
      case "maximum" -> node.add(bound(value, at, true, false, "must be less than or equal to "));
      case "exclusiveMaximum" -> node.add(bound(value, at, true, true, "must be less than "));
      case "minimum" -> node.add(bound(value, at, false, false, "must be greater than or equal to "));
      case "exclusiveMinimum" -> node.add(bound(value, at, false, true, "must be greater than "));
      case "maxLength" -> {
        long max = NodeCompiler.nonNegativeInteger(value, at);
        node.add(new Keyword.MaxLength(max, "maxLength", "must be at most " + Messages.plural(max, "character") + " long"));
      }
      case "minLength" -> {
        long min = NodeCompiler.nonNegativeInteger(value, at);
        node.add(new Keyword.MinLength(min, "minLength", "must be at least " + Messages.plural(min, "character") + " long"));
      }
      case "pattern" -> {
        String regex = string(value, at);
        node.add(new Keyword.Pattern(EcmaRegex.toJava(regex, at), false, "pattern",
            "must match the pattern \"" + regex + "\""));
      }
      case "format" -> {
        String format = string(value, at);
        // A pattern that is not an ECMA-262 regular expression makes an invalid schema (§6.4): the bundled
        // meta-schema asserts its "regex" formats, so that validating a schema document against it checks them.
        boolean asserted = format.equals("regex") && this.compiler.index().isMetaSchema(this.schema);
        node.add(new Keyword.Format(format, asserted, "format", "must be a valid " + format));
      }
      case "maxItems" -> {
        long max = NodeCompiler.nonNegativeInteger(value, at);
        node.add(new Keyword.MaxItems(max, "maxItems", "must have at most " + Messages.plural(max, "item")));
      }
      case "minItems" -> {
        long min = NodeCompiler.nonNegativeInteger(value, at);
        node.add(new Keyword.MinItems(min, "minItems", "must have at least " + Messages.plural(min, "item")));
      }
      case "uniqueItems" -> {
        if (!(value instanceof JsonLiteral.Bool unique)) {
          throw invalid("uniqueItems must be a boolean", at);
        }
        if (unique.value()) {
          node.add(new Keyword.UniqueItems("uniqueItems", "must not contain duplicate items"));
        }
      }
      case "maxProperties" -> {
        long max = NodeCompiler.nonNegativeInteger(value, at);
        node.add(new Keyword.MaxProperties(max, "maxProperties", "must have at most " + Messages.plural(max, "property").replace("propertys", "properties")));
      }
      case "minProperties" -> {
        long min = NodeCompiler.nonNegativeInteger(value, at);
        node.add(new Keyword.MinProperties(min, "minProperties", "must have at least " + Messages.plural(min, "property").replace("propertys", "properties")));
      }
      case "required" -> {
        for (String name : strings(value, at)) {
          node.add(new Keyword.Required(name, "required", "is required"));
        }
      }
      case "dependentRequired" -> {
        for (Map.Entry<String, JsonLiteral> entry : object(value, at).entrySet()) {
          String where = at + "/" + SchemaIndex.escape(entry.getKey());
          node.add(new Keyword.DependentRequired(entry.getKey(), strings(entry.getValue(), where),
              "dependentRequired", "is required when \"" + entry.getKey() + "\" is present"));
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Draft 7's {@code dependencies}, which 2020-12 split into {@code dependentRequired} (array values) and
   * {@code dependentSchemas} (schema values). Still common in published schemas; 2020-12 §8 lets an
   * implementation keep a keyword of an earlier draft, and ours means exactly what it meant there.
   */
  private void dependencies(JsonLiteral value, String at, SchemaNode.Builder node) {
    for (Map.Entry<String, JsonLiteral> entry : object(value, at).entrySet()) {
      String where = at + "/" + SchemaIndex.escape(entry.getKey());
      if (entry.getValue() instanceof JsonLiteral.Arr) {
        node.add(new Keyword.DependentRequired(entry.getKey(), strings(entry.getValue(), where),
            "dependencies", "is required when \"" + entry.getKey() + "\" is present"));
      } else {
        node.add(new Keyword.DependentSchema(entry.getKey(), sub(entry.getValue(), "dependencies",
            "is not allowed when \"" + entry.getKey() + "\" is present")));
      }
    }
  }

  private Keyword bound(JsonLiteral value, String at, boolean upper, boolean exclusive, String message) {
    BigDecimal limit = NodeCompiler.number(value, at);
    String rule = at.substring(at.lastIndexOf('/') + 1);
    return new Keyword.NumberBound(limit, text(limit), upper, exclusive, false, rule, message + text(limit));
  }

  private Keyword contains(JsonLiteral value) {
    String at = this.location + "/contains";
    long min = 1;
    long max = -1;
    String rule = "contains";
    if (this.members.containsKey("minContains")) {
      min = NodeCompiler.nonNegativeInteger(this.members.get("minContains"), this.location + "/minContains");
      rule = "minContains";
    }
    if (this.members.containsKey("maxContains")) {
      max = NodeCompiler.nonNegativeInteger(this.members.get("maxContains"), this.location + "/maxContains");
    }
    String minMessage = min == 1 ? "must contain at least one matching item"
        : "must contain at least " + Messages.plural(min, "matching item");
    return new Keyword.Contains(sub(value, "contains", "no value is allowed"), min, max, rule, minMessage,
        "maxContains", "must contain at most " + Messages.plural(Math.max(max, 0), "matching item"));
  }

  private String itemsFalseMessage() {
    JsonLiteral prefix = this.members.get("prefixItems");
    if (prefix instanceof JsonLiteral.Arr array) {
      return "is not allowed: at most " + Messages.plural(array.items().size(), "item") + " are allowed";
    }
    return "is not allowed: the array must be empty";
  }

  private SchemaNode optional(String keyword) {
    JsonLiteral value = this.members.get(keyword);
    return value == null ? null : sub(value, keyword, "no value is allowed");
  }

  private SchemaNode sub(JsonLiteral value, String falseRule, String falseMessage) {
    return this.compiler.subschema(value, falseRule, falseMessage);
  }

  private List<SchemaNode> schemas(JsonLiteral value, String at) {
    if (!(value instanceof JsonLiteral.Arr array) || array.items().isEmpty()) {
      throw invalid("expected a non-empty array of schemas", at);
    }
    List<SchemaNode> schemas = new ArrayList<>();
    for (JsonLiteral item : array.items()) {
      schemas.add(sub(item, "false", "no value is allowed"));
    }
    return schemas;
  }

  private static Map<String, JsonLiteral> object(JsonLiteral value, String at) {
    if (value instanceof JsonLiteral.Obj object) {
      return object.members();
    }
    throw invalid("expected an object", at);
  }

  private static String string(JsonLiteral value, String at) {
    if (value instanceof JsonLiteral.Str string) {
      return string.value();
    }
    throw invalid("expected a string", at);
  }

  private static List<String> strings(JsonLiteral value, String at) {
    if (!(value instanceof JsonLiteral.Arr array)) {
      throw invalid("expected an array of strings", at);
    }
    List<String> strings = new ArrayList<>();
    for (JsonLiteral item : array.items()) {
      strings.add(string(item, at));
    }
    return strings;
  }

  private static String text(BigDecimal number) {
    return number.toString();
  }

  private static SchemaException invalid(String problem, String at) {
    return new SchemaException(problem + " at " + at, at);
  }
}
