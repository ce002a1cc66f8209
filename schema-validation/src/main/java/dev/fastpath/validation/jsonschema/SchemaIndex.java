package dev.fastpath.validation.jsonschema;

import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.schema.JsonLiteral;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers of one schema document (JSON Schema 2020-12 §8.2): the base URI of every subschema, the
 * resources named by {@code $id}, the anchors ({@code $anchor} and {@code $dynamicAnchor}, both plain anchors
 * for {@code $ref}) and, per resource, the dynamic anchors {@code $dynamicRef} looks for. Resolves {@code $ref}
 * values to subschemas within the document, or within the bundled 2020-12 meta-schemas ({@link MetaSchemas}),
 * which are indexed on first reference.
 */
final class SchemaIndex {

  /**
   * The base URI of a document without {@code $id} (§9.1.1 lets us choose one). It is hierarchical so that
   * relative {@code $id}s resolve; refs to anything not in this document are reported as remote.
   */
  static final URI DEFAULT_BASE = URI.create("https://fastpath.invalid/schema.json");

  /** Keywords whose value is one subschema. */
  static final Set<String> SINGLE = Set.of("items", "contains", "not", "if", "then", "else", "additionalProperties",
      "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");

  /** Keywords whose value is an array of subschemas. */
  static final Set<String> ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** Keywords whose value is an object of subschemas. */
  static final Set<String> MAPS = Set.of("$defs", "properties", "patternProperties", "dependentSchemas",
      "dependencies");

  private final Map<String, JsonLiteral> resources = new HashMap<>();

  private final Map<String, JsonLiteral> anchors = new HashMap<>();

  /** Resource key to the {@code $dynamicAnchor}s of that resource (not of resources nested in it). */
  private final Map<String, Map<String, JsonLiteral>> dynamicAnchors = new HashMap<>();

  private boolean metaSchemasIndexed;

  /** The subschemas of the bundled meta-schemas (identity). */
  private final Set<JsonLiteral> metaSchemaNodes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private boolean indexingMetaSchemas;

  private final IdentityHashMap<JsonLiteral, URI> bases = new IdentityHashMap<>();

  private final IdentityHashMap<JsonLiteral, String> locations = new IdentityHashMap<>();

  private final IdentityHashMap<JsonLiteral, String> canonicalNames = new IdentityHashMap<>();

  SchemaIndex(JsonLiteral root) {
    index(root, DEFAULT_BASE, "#", "");
  }

  private void index(JsonLiteral schema, URI base, String location, String pointerInResource) {
    this.locations.put(schema, location);
    if (this.indexingMetaSchemas) {
      this.metaSchemaNodes.add(schema);
    }
    if (!(schema instanceof JsonLiteral.Obj object)) {
      this.bases.put(schema, base);
      this.canonicalNames.put(schema, base + "#" + pointerInResource);
      return;
    }
    Map<String, JsonLiteral> members = object.members();
    URI ownBase = base;
    String pointer = pointerInResource;
    if (members.get("$id") instanceof JsonLiteral.Str id) {
      ownBase = resolve(base, id.value(), location + "/$id");
      if (ownBase.getRawFragment() != null && !ownBase.getRawFragment().isEmpty()) {
        throw new UnsupportedSchemaException("$id", location, "an $id with a fragment is not a 2020-12 identifier");
      }
      ownBase = withoutFragment(ownBase);
      this.resources.put(key(ownBase), schema);
      pointer = "";
    }
    if (location.equals("#")) {
      this.resources.put(key(ownBase), schema);
    }
    this.bases.put(schema, ownBase);
    this.canonicalNames.put(schema, ownBase + "#" + pointer);
    for (String anchorKeyword : List.of("$anchor", "$dynamicAnchor")) {
      if (members.get(anchorKeyword) instanceof JsonLiteral.Str anchor) {
        this.anchors.put(key(ownBase) + "#" + anchor.value(), schema);
      }
    }
    if (members.get("$dynamicAnchor") instanceof JsonLiteral.Str dynamic) {
      this.dynamicAnchors.computeIfAbsent(key(ownBase), k -> new HashMap<>()).put(dynamic.value(), schema);
    }
    for (Map.Entry<String, JsonLiteral> member : members.entrySet()) {
      String keyword = member.getKey();
      String childLocation = location + "/" + escape(keyword);
      String childPointer = pointer + "/" + escape(keyword);
      JsonLiteral value = member.getValue();
      if (SINGLE.contains(keyword)) {
        index(value, ownBase, childLocation, childPointer);
      } else if (ARRAYS.contains(keyword) && value instanceof JsonLiteral.Arr array) {
        for (int i = 0; i < array.items().size(); i++) {
          index(array.items().get(i), ownBase, childLocation + "/" + i, childPointer + "/" + i);
        }
      } else if (MAPS.contains(keyword) && value instanceof JsonLiteral.Obj map) {
        for (Map.Entry<String, JsonLiteral> entry : map.members().entrySet()) {
          index(entry.getValue(), ownBase, childLocation + "/" + escape(entry.getKey()),
              childPointer + "/" + escape(entry.getKey()));
        }
      }
    }
  }

  /** The base URI in effect for {@code schema}'s keywords. */
  URI baseOf(JsonLiteral schema) {
    URI base = this.bases.get(schema);
    return base == null ? DEFAULT_BASE : base;
  }

  /**
   * The {@code $dynamicAnchor}s of the schema resource {@code schema} belongs to (§8.2.3.2): entering that
   * resource puts them in the dynamic scope.
   */
  Map<String, JsonLiteral> dynamicAnchorsOfResource(JsonLiteral schema) {
    return this.dynamicAnchors.getOrDefault(key(baseOf(schema)), Map.of());
  }

  /**
   * The anchor name when {@code ref} (a {@code $dynamicRef} value) initially resolves to a {@code $dynamicAnchor}
   * of its resource, which makes the reference dynamic (§8.2.3.2); {@code null} when it is a plain reference (no
   * fragment, a JSON Pointer fragment, or a fragment that names only an {@code $anchor}).
   */
  @Nullable String dynamicAnchorName(String ref, URI base, String location) {
    URI target = resolve(base, ref, location);
    String fragment = target.getFragment();
    if (fragment == null || fragment.isEmpty() || fragment.startsWith("/")) {
      return null;
    }
    Map<String, JsonLiteral> resourceAnchors = this.dynamicAnchors.get(key(withoutFragment(target)));
    return resourceAnchors != null && resourceAnchors.containsKey(fragment) ? fragment : null;
  }

  /** Whether {@code schema} is part of a bundled meta-schema ({@link MetaSchemas}). */
  boolean isMetaSchema(JsonLiteral schema) {
    return this.metaSchemaNodes.contains(schema);
  }

  /** Where {@code schema} is in the document ({@code #/properties/a}), for messages. */
  String locationOf(JsonLiteral schema) {
    String location = this.locations.get(schema);
    return location == null ? "#" : location;
  }

  /** A stable, unique name for {@code schema}, used as its definition name. */
  String nameOf(JsonLiteral schema) {
    String name = this.canonicalNames.get(schema);
    return name == null ? "#anon-" + System.identityHashCode(schema) : name;
  }

  /**
   * The subschema {@code ref} points at, resolved against {@code base}.
   *
   * @throws UnsupportedSchemaException the target is outside this document (a remote ref)
   * @throws SchemaException the target does not exist
   */
  JsonLiteral resolveRef(String ref, URI base, String location) {
    URI target = resolve(base, ref, location);
    String fragment = target.getFragment();
    URI resourceUri = withoutFragment(target);
    JsonLiteral resource = this.resources.get(key(resourceUri));
    if (resource == null && indexMetaSchemas(resourceUri)) {
      resource = this.resources.get(key(resourceUri));
    }
    if (resource == null) {
      throw new UnsupportedSchemaException("$ref", location,
          "\"" + ref + "\" points outside this document; remote references are not supported");
    }
    if (fragment == null || fragment.isEmpty()) {
      return resource;
    }
    if (!fragment.startsWith("/")) {
      JsonLiteral anchored = this.anchors.get(key(resourceUri) + "#" + fragment);
      if (anchored == null) {
        throw new SchemaException("$ref \"" + ref + "\" at " + location + ": no such anchor", location);
      }
      return anchored;
    }
    JsonLiteral current = resource;
    for (String token : fragment.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (current instanceof JsonLiteral.Obj object && object.members().containsKey(name)) {
        current = object.members().get(name);
      } else if (current instanceof JsonLiteral.Arr array && name.matches("0|[1-9][0-9]{0,8}")
          && Integer.parseInt(name) < array.items().size()) {
        current = array.items().get(Integer.parseInt(name));
      } else {
        throw new SchemaException("$ref \"" + ref + "\" at " + location + ": no such location", location);
      }
    }
    if (!this.bases.containsKey(current)) {
      // A schema reached only through a pointer (e.g. inside an unknown container): index it now.
      index(current, baseOf(resource), location, fragment);
    }
    return current;
  }

  /**
   * Indexes the bundled meta-schemas when {@code resourceUri} names one of them (once; a resource this document
   * defines itself under the same URI wins). Whether anything was indexed.
   */
  private boolean indexMetaSchemas(URI resourceUri) {
    if (this.metaSchemasIndexed || !MetaSchemas.isBundled(key(resourceUri))) {
      return false;
    }
    this.metaSchemasIndexed = true;
    this.indexingMetaSchemas = true;
    try {
      for (Map.Entry<String, JsonLiteral> document : MetaSchemas.documents().entrySet()) {
        URI uri = URI.create(document.getKey());
        if (!this.resources.containsKey(key(uri))) {
          index(document.getValue(), uri, document.getKey() + "#", "");
        }
      }
    } finally {
      this.indexingMetaSchemas = false;
    }
    return true;
  }

  private static URI resolve(URI base, String reference, String location) {
    try {
      URI ref = new URI(reference);
      if (base.isOpaque()) {
        if (ref.isAbsolute()) {
          return ref;
        }
        if (reference.startsWith("#") || reference.isEmpty()) {
          return new URI(base.getScheme(), base.getSchemeSpecificPart(), ref.getFragment());
        }
        throw new UnsupportedSchemaException("$ref", location,
            "\"" + reference + "\" is relative to a URN; remote references are not supported");
      }
      return base.resolve(ref);
    } catch (URISyntaxException ex) {
      throw new SchemaException("invalid URI reference \"" + reference + "\" at " + location, location);
    }
  }

  private static URI withoutFragment(URI uri) {
    try {
      return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
    } catch (URISyntaxException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * The lookup key of a resource URI. {@link URI#resolve} drops an empty authority ({@code file:///a/b.json}
   * becomes {@code file:/a/b.json}), so keys are built from the components: both spellings name the same
   * resource (RFC 3986 §6.2.3).
   */
  static String key(URI uri) {
    if (uri.isOpaque()) {
      return uri.getScheme() + ":" + uri.getRawSchemeSpecificPart();
    }
    StringBuilder key = new StringBuilder();
    if (uri.getScheme() != null) {
      key.append(uri.getScheme().toLowerCase(java.util.Locale.ROOT)).append(':');
    }
    if (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()) {
      key.append("//").append(uri.getRawAuthority());
    }
    key.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      key.append('?').append(uri.getRawQuery());
    }
    return key.toString();
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
