package dev.fastpath.validation.engine;

import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.schema.JsonLiteral;
import dev.fastpath.validation.schema.JsonType;
import dev.fastpath.validation.schema.Keyword;
import dev.fastpath.validation.schema.Schema;
import dev.fastpath.validation.schema.SchemaNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a {@link Schema} into linked {@link Node}s: regexes compiled, names encoded as UTF-8, bounds prepared,
 * constants laid out as tapes, refs resolved. Runs once per schema at start-up.
 */
final class ProgramCompiler {

  private final Schema schema;

  private final boolean assertFormats;

  private final IdentityHashMap<SchemaNode, Node> compiled = new IdentityHashMap<>();

  private final Map<String, Node> definitions = new LinkedHashMap<>();

  private final List<Map.Entry<CombinatorChecks.RefCheck, String>> refs = new ArrayList<>();

  private final IdentityHashMap<Node, List<Node>> inPlaceEdges = new IdentityHashMap<>();

  private ProgramCompiler(Schema schema, boolean assertFormats) {
    this.schema = schema;
    this.assertFormats = assertFormats;
  }

  /** The root node of {@code schema}, linked. */
  static Node compile(Schema schema, boolean assertFormats) {
    ProgramCompiler compiler = new ProgramCompiler(schema, assertFormats);
    Node root = compiler.node(schema.root());
    compiler.link();
    compiler.rejectCycles();
    return root;
  }

  private void link() {
    for (int i = 0; i < this.refs.size(); i++) {
      Map.Entry<CombinatorChecks.RefCheck, String> ref = this.refs.get(i);
      ref.getKey().target = definition(ref.getValue());
    }
  }

  private Node definition(String name) {
    Node node = this.definitions.get(name);
    if (node == null) {
      SchemaNode target = this.schema.definitions().get(name);
      if (target == null) {
        throw new SchemaException("$ref to an unknown definition: " + name, name);
      }
      node = node(target);
      this.definitions.put(name, node);
    }
    return node;
  }

  private Node node(SchemaNode source) {
    Node existing = this.compiled.get(source);
    if (existing != null) {
      return existing;
    }
    Node node = new Node();
    this.compiled.put(source, node);
    List<Node> edges = new ArrayList<>();
    this.inPlaceEdges.put(node, edges);
    List<Check> checks = new ArrayList<>();
    List<Check> last = new ArrayList<>();
    ObjectParts objectParts = new ObjectParts();
    ArrayParts arrayParts = new ArrayParts();
    for (Keyword keyword : source.keywords()) {
      if (objectParts.accept(keyword) || arrayParts.accept(keyword)) {
        continue;
      }
      Check check = check(node, keyword, edges, last);
      if (check != null) {
        checks.add(check);
      }
    }
    if (objectParts.present) {
      node.objectCheck = objectParts.build(this);
      checks.add(0, node.objectCheck);
    }
    if (arrayParts.present) {
      node.arrayCheck = arrayParts.build(this);
      checks.add(0, node.arrayCheck);
    }
    checks.addAll(last);
    node.checks = checks.toArray(new Check[0]);
    return node;
  }

  private Check check(Node node, Keyword keyword, List<Node> edges, List<Check> last) {
    return switch (keyword) {
      case Keyword.Type k -> new ValueChecks.TypeCheck(JsonType.mask(k.types()), k.rule(), k.message());
      case Keyword.NotNull k -> new ValueChecks.NotNullCheck(k.rule(), k.message());
      case Keyword.False k -> new ValueChecks.FalseCheck(k.rule(), k.message());
      case Keyword.Enum k -> new ValueChecks.EnumCheck(constants(k.values()), k.rule(), k.message());
      case Keyword.Const k -> new ValueChecks.EnumCheck(constants(List.of(k.value())), k.rule(), k.message());
      case Keyword.AssertBoolean k -> new ValueChecks.AssertBooleanCheck(k.expected(), k.rule(), k.message());
      case Keyword.AllOf k -> inPlace(node, new CombinatorChecks.AllOfCheck(nodes(k.schemas(), edges)));
      case Keyword.AnyOf k -> inPlace(node,
          new CombinatorChecks.AnyOfCheck(nodes(k.schemas(), edges), false, k.rule(), k.message()));
      case Keyword.OneOf k -> inPlace(node,
          new CombinatorChecks.AnyOfCheck(nodes(k.schemas(), edges), true, k.rule(), k.message()));
      case Keyword.Not k -> new CombinatorChecks.NotCheck(edge(node(k.schema()), edges), k.rule(), k.message());
      case Keyword.Conditional k -> inPlace(node, new CombinatorChecks.ConditionalCheck(edge(node(k.condition()), edges),
          k.then() == null ? null : edge(node(k.then()), edges),
          k.otherwise() == null ? null : edge(node(k.otherwise()), edges)));
      case Keyword.Ref k -> {
        CombinatorChecks.RefCheck ref = new CombinatorChecks.RefCheck();
        this.refs.add(Map.entry(ref, k.target()));
        edges.add(definitionPlaceholder(k.target()));
        yield inPlace(node, ref);
      }
      case Keyword.DependentSchema k -> inPlace(node, new CombinatorChecks.DependentSchemaCheck(
          k.property().getBytes(StandardCharsets.UTF_8), edge(node(k.schema()), edges)));
      case Keyword.MinLength k -> new StringChecks.LengthCheck(k.min(), Long.MAX_VALUE, k.rule(), k.message());
      case Keyword.MaxLength k -> new StringChecks.LengthCheck(0, k.max(), k.rule(), k.message());
      case Keyword.Size k -> new StringChecks.SizeCheck(k.min(), k.max(), k.rule(), k.message());
      case Keyword.NotBlank k -> new StringChecks.NotBlankCheck(k.rule(), k.message());
      case Keyword.Pattern k -> new StringChecks.PatternCheck(regex(k.regex(), k.fullMatch()), k.rule(), k.message());
      case Keyword.Format k -> format(k);
      case Keyword.Temporal k -> new StringChecks.TemporalCheck(k);
      case Keyword.NumberBound k -> new NumberChecks.BoundCheck(k.limit(), k.upper(), k.exclusive(),
          k.numericStrings(), k.rule(), k.message());
      case Keyword.MultipleOf k -> new NumberChecks.MultipleOfCheck(k.divisor(), k.rule(), k.message());
      case Keyword.Digits k -> new NumberChecks.DigitsCheck(k.integer(), k.fraction(), k.rule(), k.message());
      case Keyword.MinItems k -> new ContainerChecks.CountCheck(false, k.min(), Long.MAX_VALUE, k.rule(), k.message());
      case Keyword.MaxItems k -> new ContainerChecks.CountCheck(false, 0, k.max(), k.rule(), k.message());
      case Keyword.MinProperties k -> new ContainerChecks.CountCheck(true, k.min(), Long.MAX_VALUE, k.rule(), k.message());
      case Keyword.MaxProperties k -> new ContainerChecks.CountCheck(true, 0, k.max(), k.rule(), k.message());
      case Keyword.UniqueItems k -> new ContainerChecks.UniqueItemsCheck(k.rule(), k.message());
      case Keyword.UnevaluatedProperties k -> {
        node.evaluatesAllProperties = true;
        last.add(new ContainerChecks.UnevaluatedCheck(node, node(k.schema()), false));
        yield null;
      }
      case Keyword.UnevaluatedItems k -> {
        node.evaluatesAllItems = true;
        last.add(new ContainerChecks.UnevaluatedCheck(node, node(k.schema()), true));
        yield null;
      }
      default -> throw new IllegalStateException("keyword not handled: " + keyword);
    };
  }

  private Node definitionPlaceholder(String target) {
    // Cycle detection needs the target node; compile it now (refs are linked after all nodes exist).
    return definition(target);
  }

  private static Check inPlace(Node node, Check check) {
    node.inPlace.add((Node.InPlace) check);
    return check;
  }

  private Node edge(Node target, List<Node> edges) {
    edges.add(target);
    return target;
  }

  private Node[] nodes(List<SchemaNode> sources, List<Node> edges) {
    Node[] nodes = new Node[sources.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = edge(node(sources.get(i)), edges);
    }
    return nodes;
  }

  Node child(SchemaNode source) {
    return node(source);
  }

  private Check format(Keyword.Format keyword) {
    Check integer = NumberChecks.IntegerFormatCheck.forFormat(keyword.format(), keyword.rule(), keyword.message());
    if (integer != null) {
      return keyword.asserted() || this.assertFormats ? integer : null;
    }
    Formats.Validator validator = Formats.forName(keyword.format());
    if (validator == null) {
      if (keyword.asserted() || (this.assertFormats && Formats.isDefinedButNotAssertable(keyword.format()))) {
        throw new UnsupportedSchemaException("format \"" + keyword.format() + "\"", keyword.rule(),
            "this format cannot be asserted");
      }
      return null;
    }
    if (!keyword.asserted() && !this.assertFormats) {
      return null;
    }
    return new StringChecks.FormatCheck(validator, keyword.rule(), keyword.message());
  }

  static Regex regex(String regex, boolean fullMatch) {
    try {
      return new Regex(Pattern.compile(regex), fullMatch);
    } catch (PatternSyntaxException ex) {
      throw new SchemaException("invalid regular expression \"" + regex + "\": " + ex.getDescription(), regex);
    }
  }

  /** The values laid out as one tape whose root is an array of them. */
  static JsonTape constants(List<JsonLiteral> values) {
    byte[] json = new JsonLiteral.Arr(values).toString().getBytes(StandardCharsets.UTF_8);
    JsonTape tape = new JsonTape(new long[0], new byte[0]);
    try {
      new JacksonTapeParser(Math.max(json.length, 16), 10_000).parse(json, json.length, tape);
    } catch (ParseFailure ex) {
      throw new UnsupportedSchemaException("enum/const", "a constant",
          "a value no instance can have here: " + ex.getMessage());
    }
    return new JsonTape(tape.tape.clone(), tape.strings.clone());
  }

  /**
   * Rejects refs and in-place applicators that loop back to the same node without consuming any of the
   * instance ({@code {"$ref": "#"}}): they would recurse forever.
   */
  private void rejectCycles() {
    IdentityHashMap<Node, Integer> state = new IdentityHashMap<>();
    for (Node node : this.inPlaceEdges.keySet()) {
      visit(node, state);
    }
  }

  private void visit(Node node, IdentityHashMap<Node, Integer> state) {
    Integer current = state.get(node);
    if (current != null) {
      if (current == 1) {
        // Validation would recurse forever on some instance; no verdict is right, so refuse the schema.
        throw new UnsupportedSchemaException("$ref", "a reference cycle",
            "$ref loop: a schema applies itself to the same value without end");
      }
      return;
    }
    state.put(node, 1);
    for (Node next : this.inPlaceEdges.getOrDefault(node, List.of())) {
      visit(next, state);
    }
    state.put(node, 2);
  }

  /** Collects the object keywords of a node into one {@link ObjectCheck}. */
  private static final class ObjectParts {

    boolean present;

    final Map<String, SchemaNode> properties = new LinkedHashMap<>();

    final Map<String, SchemaNode> patterns = new LinkedHashMap<>();

    SchemaNode additional;

    Keyword.PropertyNames propertyNames;

    final List<Keyword.Required> required = new ArrayList<>();

    final List<Keyword.DependentRequired> dependentRequired = new ArrayList<>();

    boolean accept(Keyword keyword) {
      switch (keyword) {
        case Keyword.Properties k -> this.properties.putAll(k.properties());
        case Keyword.PatternProperties k -> this.patterns.putAll(k.patterns());
        case Keyword.AdditionalProperties k -> this.additional = k.schema();
        case Keyword.PropertyNames k -> this.propertyNames = k;
        case Keyword.Required k -> this.required.add(k);
        case Keyword.DependentRequired k -> this.dependentRequired.add(k);
        default -> {
          return false;
        }
      }
      this.present = true;
      return true;
    }

    ObjectCheck build(ProgramCompiler compiler) {
      List<String> names = new ArrayList<>(this.properties.keySet());
      for (Keyword.Required r : this.required) {
        addName(names, r.name());
      }
      for (Keyword.DependentRequired d : this.dependentRequired) {
        addName(names, d.property());
        d.required().forEach(name -> addName(names, name));
      }
      Node[] propertySchemas = new Node[names.size()];
      int i = 0;
      for (SchemaNode property : this.properties.values()) {
        propertySchemas[i++] = compiler.child(property);
      }
      Regex[] regexes = new Regex[this.patterns.size()];
      Node[] patternSchemas = new Node[this.patterns.size()];
      i = 0;
      for (Map.Entry<String, SchemaNode> pattern : this.patterns.entrySet()) {
        regexes[i] = regex(pattern.getKey(), false);
        patternSchemas[i++] = compiler.child(pattern.getValue());
      }
      List<int[]> entries = new ArrayList<>();
      List<String[]> texts = new ArrayList<>();
      for (Keyword.Required r : this.required) {
        entries.add(new int[] {names.indexOf(r.name()), -1});
        texts.add(new String[] {r.name(), r.rule(), r.message()});
      }
      for (Keyword.DependentRequired d : this.dependentRequired) {
        for (String name : d.required()) {
          entries.add(new int[] {names.indexOf(name), names.indexOf(d.property())});
          texts.add(new String[] {name, d.rule(), d.message()});
        }
      }
      int[] required = new int[entries.size()];
      int[] triggers = new int[entries.size()];
      String[] requiredNames = new String[entries.size()];
      String[] rules = new String[entries.size()];
      String[] messages = new String[entries.size()];
      for (int r = 0; r < required.length; r++) {
        required[r] = entries.get(r)[0];
        triggers[r] = entries.get(r)[1];
        requiredNames[r] = texts.get(r)[0];
        rules[r] = texts.get(r)[1];
        messages[r] = texts.get(r)[2];
      }
      return new ObjectCheck(new NameTable(names), propertySchemas, regexes, patternSchemas,
          this.additional == null ? null : compiler.child(this.additional),
          this.propertyNames == null ? null : compiler.child(this.propertyNames.schema()),
          this.propertyNames == null ? null : this.propertyNames.rule(),
          this.propertyNames == null ? null : this.propertyNames.message(),
          required, requiredNames, rules, messages, triggers);
    }

    private static void addName(List<String> names, String name) {
      if (!names.contains(name)) {
        names.add(name);
      }
    }
  }

  /** Collects the array keywords of a node into one {@link ArrayCheck}. */
  private static final class ArrayParts {

    boolean present;

    List<SchemaNode> prefix = List.of();

    SchemaNode items;

    Keyword.Contains contains;

    boolean accept(Keyword keyword) {
      switch (keyword) {
        case Keyword.PrefixItems k -> this.prefix = k.schemas();
        case Keyword.Items k -> this.items = k.schema();
        case Keyword.Contains k -> this.contains = k;
        default -> {
          return false;
        }
      }
      this.present = true;
      return true;
    }

    ArrayCheck build(ProgramCompiler compiler) {
      Node[] prefixNodes = new Node[this.prefix.size()];
      for (int i = 0; i < prefixNodes.length; i++) {
        prefixNodes[i] = compiler.child(this.prefix.get(i));
      }
      Keyword.Contains c = this.contains;
      return new ArrayCheck(prefixNodes, this.items == null ? null : compiler.child(this.items),
          c == null ? null : compiler.child(c.schema()), c == null ? 0 : c.min(), c == null ? -1 : c.max(),
          c == null ? null : c.rule(), c == null ? null : c.message(), c == null ? null : c.maxRule(),
          c == null ? null : c.maxMessage());
    }
  }
}
