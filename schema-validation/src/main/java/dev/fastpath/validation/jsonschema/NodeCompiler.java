package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.schema.JsonLiteral;
import dev.fastpath.validation.schema.JsonType;
import dev.fastpath.validation.schema.Keyword;
import dev.fastpath.validation.schema.Schema;
import dev.fastpath.validation.schema.SchemaNode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the schema objects of one document into {@link SchemaNode}s, keyword by keyword. A subschema is
 * compiled once per {@link DynamicScope} it is reached in (once in all, for documents without
 * {@code $dynamicAnchor}), so that {@code $dynamicRef} becomes a plain {@link Keyword.Ref}.
 */
final class NodeCompiler {

  private static final Set<String> DRAFT_2020_12 = Set.of("https://json-schema.org/draft/2020-12/schema",
      "https://json-schema.org/draft/2020-12/schema#", "https://spec.openapis.org/oas/3.1/dialect/base");

  /** Keywords with no effect on validation (annotations, identifiers handled by {@link SchemaIndex}). */
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$anchor", "$dynamicAnchor", "$defs",
      // $vocabulary only matters where the document serves as a meta-schema (§8.1.2), never for an instance
      "$vocabulary",
      "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
      "contentMediaType", "contentEncoding", "contentSchema",
      // OpenAPI 3.1 annotations
      "discriminator", "xml", "externalDocs", "example");

  /**
   * Bounds the copies compiled for non-empty dynamic scopes: finite, but a crafted document (many resources each
   * re-binding many anchor names) could ask for exponentially many.
   */
  private static final int MAX_SCOPED_COPIES = 10_000;

  private final SchemaIndex index;

  /** Compiled subschemas, by schema object and by the {@link DynamicScope#id()} they were compiled in. */
  private final IdentityHashMap<JsonLiteral, Map<String, SchemaNode>> compiled = new IdentityHashMap<>();

  private final Map<String, SchemaNode> definitions = new LinkedHashMap<>();

  private final Map<String, Pending> pending = new LinkedHashMap<>();

  private final ArrayDeque<String> work = new ArrayDeque<>();

  /** The dynamic scope of the subschema being compiled. */
  private DynamicScope scope = DynamicScope.EMPTY;

  private int scopedCopies;

  /** A ref target waiting to be compiled, in the scope the ref was followed in. */
  private record Pending(JsonLiteral target, DynamicScope scope) {
  }

  NodeCompiler(SchemaIndex index) {
    this.index = index;
  }

  Schema compileDocument(JsonLiteral document) {
    SchemaNode root = subschema(document, "false", "no value is allowed");
    while (!this.work.isEmpty()) {
      String name = this.work.poll();
      Pending target = this.pending.get(name);
      this.scope = target.scope();
      this.definitions.put(name, subschema(target.target(), "false", "no value is allowed"));
    }
    return new Schema(root, this.definitions);
  }

  /** A subschema; {@code false} becomes a node that reports {@code falseRule}/{@code falseMessage}. */
  SchemaNode subschema(JsonLiteral schema, String falseRule, String falseMessage) {
    if (schema instanceof JsonLiteral.Bool bool) {
      return bool.value() ? SchemaNode.ANY : SchemaNode.never(falseRule, falseMessage);
    }
    String location = this.index.locationOf(schema);
    if (!(schema instanceof JsonLiteral.Obj object)) {
      throw new SchemaException("a schema must be an object or a boolean at " + location, location);
    }
    DynamicScope outer = this.scope;
    DynamicScope entered = outer.enter(schema, this.index);
    Map<String, SchemaNode> byScope = this.compiled.computeIfAbsent(schema, s -> new HashMap<>());
    SchemaNode done = byScope.get(entered.id());
    if (done != null) {
      return done;
    }
    if (!entered.id().isEmpty() && ++this.scopedCopies > MAX_SCOPED_COPIES) {
      throw new UnsupportedSchemaException("$dynamicRef", location,
          "the schema reaches more than " + MAX_SCOPED_COPIES + " subschemas in distinct dynamic scopes");
    }
    this.scope = entered;
    try {
      SchemaNode node = compileObject(object, location);
      byScope.put(entered.id(), node);
      return node;
    } finally {
      this.scope = outer;
    }
  }

  private SchemaNode compileObject(JsonLiteral.Obj object, String location) {
    Map<String, JsonLiteral> members = object.members();
    checkDialect(members, location);
    SchemaNode.Builder node = SchemaNode.builder();
    if (members.containsKey("type")) {
      node.add(type(members.get("type"), location + "/type"));
    }
    KeywordContext context = new KeywordContext(this, object, location);
    for (Map.Entry<String, JsonLiteral> member : members.entrySet()) {
      String keyword = member.getKey();
      if (keyword.equals("type") || ANNOTATIONS.contains(keyword) || keyword.startsWith("x-")) {
        continue;
      }
      if (!context.compile(keyword, member.getValue(), node)) {
        throw unsupported(keyword, location + "/" + SchemaIndex.escape(keyword));
      }
    }
    return node.build();
  }

  private static void checkDialect(Map<String, JsonLiteral> members, String location) {
    JsonLiteral dialect = members.get("$schema");
    if (dialect != null && !(dialect instanceof JsonLiteral.Str s && DRAFT_2020_12.contains(s.value()))) {
      throw new UnsupportedSchemaException("$schema", location + "/$schema",
          "only draft 2020-12 (https://json-schema.org/draft/2020-12/schema) is supported, not " + dialect);
    }
  }

  private static UnsupportedSchemaException unsupported(String keyword, String location) {
    return switch (keyword) {
      case "nullable" -> new UnsupportedSchemaException(keyword, location,
          "OpenAPI 3.0's nullable is not part of OpenAPI 3.1; write \"type\": [\"<type>\", \"null\"]");
      case "$recursiveRef", "$recursiveAnchor", "definitions", "additionalItems" ->
          new UnsupportedSchemaException(keyword, location, "a keyword of an older draft, not of 2020-12");
      default -> new UnsupportedSchemaException(keyword, location, "unknown keyword");
    };
  }

  /**
   * A {@link Keyword.Ref} to {@code target}, scheduling its compilation in the dynamic scope it is entered with
   * (a target reached in several scopes is compiled, and named, once per scope).
   */
  Keyword.Ref ref(JsonLiteral target) {
    DynamicScope entered = this.scope.enter(target, this.index);
    String name = this.index.nameOf(target) + (entered.id().isEmpty() ? "" : " [" + entered.id() + "]");
    if (!this.pending.containsKey(name)) {
      this.pending.put(name, new Pending(target, entered));
      this.work.add(name);
    }
    return new Keyword.Ref(name);
  }

  /**
   * {@code $dynamicRef} (§8.2.3.2): a plain reference unless it initially resolves to a {@code $dynamicAnchor},
   * in which case the target is that anchor of the outermost resource in the dynamic scope defining it.
   */
  Keyword.Ref dynamicRef(String ref, java.net.URI base, String location) {
    JsonLiteral initial = this.index.resolveRef(ref, base, location);
    String anchor = this.index.dynamicAnchorName(ref, base, location);
    JsonLiteral outermost = anchor == null ? null : this.scope.lookup(anchor);
    return ref(outermost == null ? initial : outermost);
  }

  SchemaIndex index() {
    return this.index;
  }

  private static Keyword type(JsonLiteral value, String location) {
    List<JsonLiteral> names = value instanceof JsonLiteral.Arr array ? array.items() : List.of(value);
    Set<JsonType> types = EnumSet.noneOf(JsonType.class);
    List<String> written = new ArrayList<>();
    for (JsonLiteral name : names) {
      JsonType type = name instanceof JsonLiteral.Str s ? JsonType.byName(s.value()) : null;
      if (type == null) {
        throw new SchemaException("type must be a type name or an array of them at " + location, location);
      }
      types.add(type);
      written.add(type.jsonName());
    }
    String message = written.size() == 1 ? Messages.typeMessage(types.iterator().next())
        : "must be of type " + String.join(" or ", written);
    return new Keyword.Type(types, "type", message);
  }

  static long nonNegativeInteger(JsonLiteral value, String location) {
    BigDecimal number = number(value, location);
    if (number.signum() < 0 || !new JsonLiteral.Num(number).isIntegral()) {
      throw new SchemaException("expected a non-negative integer at " + location, location);
    }
    return number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : number.longValue();
  }

  static BigDecimal number(JsonLiteral value, String location) {
    if (value instanceof JsonLiteral.Num number) {
      return number.value();
    }
    throw new SchemaException("expected a number at " + location, location);
  }
}
