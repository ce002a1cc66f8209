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

/**
 * The identifiers of one schema document (JSON Schema 2020-12 §8.2): the base URI of every subschema, the
 * resources named by {@code $id}, and the anchors ({@code $anchor}, and {@code $dynamicAnchor} read as a plain
 * anchor). Resolves {@code $ref} values to subschemas within the document.
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
  static final Set<String> MAPS = Set.of("$defs", "properties", "patternProperties", "dependentSchemas");

  private final Map<String, JsonLiteral> resources = new HashMap<>();

  private final Map<String, JsonLiteral> anchors = new HashMap<>();

  private final IdentityHashMap<JsonLiteral, URI> bases = new IdentityHashMap<>();

  private final IdentityHashMap<JsonLiteral, String> locations = new IdentityHashMap<>();

  private final IdentityHashMap<JsonLiteral, String> canonicalNames = new IdentityHashMap<>();

  SchemaIndex(JsonLiteral root) {
    index(root, DEFAULT_BASE, "#", "");
  }

  private void index(JsonLiteral schema, URI base, String location, String pointerInResource) {
    this.locations.put(schema, location);
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
      this.resources.put(ownBase.toString(), schema);
      pointer = "";
    }
    if (location.equals("#")) {
      this.resources.put(ownBase.toString(), schema);
    }
    this.bases.put(schema, ownBase);
    this.canonicalNames.put(schema, ownBase + "#" + pointer);
    for (String anchorKeyword : List.of("$anchor", "$dynamicAnchor")) {
      if (members.get(anchorKeyword) instanceof JsonLiteral.Str anchor) {
        this.anchors.put(ownBase + "#" + anchor.value(), schema);
      }
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
    JsonLiteral resource = this.resources.get(resourceUri.toString());
    if (resource == null) {
      throw new UnsupportedSchemaException("$ref", location,
          "\"" + ref + "\" points outside this document; remote references are not supported");
    }
    if (fragment == null || fragment.isEmpty()) {
      return resource;
    }
    if (!fragment.startsWith("/")) {
      JsonLiteral anchored = this.anchors.get(resourceUri + "#" + fragment);
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

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
