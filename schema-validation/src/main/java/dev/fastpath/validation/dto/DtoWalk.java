package dev.fastpath.validation.dto;

import dev.fastpath.validation.JsonPointer;
import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.binding.BindState;
import dev.fastpath.validation.binding.Coercions;
import dev.fastpath.validation.engine.JsonTape;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The state of checking one document against a compiled DTO: the {@link BindState} slot, a path stack (turned
 * into a JSON Pointer and a Spring property path only when a violation is reported), the violations, and the
 * flags that end the walk early (a binding failure, a deferred shape, the maximum violation count). One per
 * thread, reset per document; a valid document allocates nothing here.
 */
final class DtoWalk implements JsonValidator.ResultHandler<BindResult<?>> {

  private static final int PROPERTY = 0;

  private static final int MISSING_PROPERTY = 1;

  private static final int INDEX = 2;

  private static final int MAP_KEY = 3;

  private static final int SET_ELEMENT = 4;

  /** Pattern ids grow with every compiled DTO: cache matchers for the first ones only. */
  private static final int MAX_CACHED_MATCHERS = 4096;

  final BindState st = new BindState();

  private Clock clock = Clock.systemUTC();

  private int maxViolations;

  private final ArrayList<DtoViolation> violations = new ArrayList<>();

  private boolean bindingFailed;

  private @Nullable String deferReason;

  private boolean full;

  private boolean truncated;

  private int depth;

  private int[] kinds = new int[32];

  private int[] values = new int[32];

  private String[] javaNames = new String[32];

  private String[] jsonNames = new String[32];

  private Matcher[] matchers = new Matcher[8];

  private long[] seen = new long[16];

  private int seenTop;

  /** Set while a walk runs, so that a nested use on the same thread takes another instance. */
  boolean inUse;

  // The call in progress (the walk doubles as the parser's result handler).
  private @Nullable DtoSchema<?> schema;

  private byte @Nullable [] json;

  private int length;

  private boolean bind;

  void prepare(@Nullable DtoSchema<?> schema, byte @Nullable [] json, int length, boolean bind) {
    this.schema = schema;
    this.json = json;
    this.length = length;
    this.bind = bind;
  }

  @Override
  public BindResult<?> handle(ValidationResult result, @Nullable JsonTape tape) {
    return this.schema.handle(this, result, tape, this.json, this.length, this.bind);
  }

  void reset(JsonTape tape, byte[] json, int length, int maxViolations, Clock clock) {
    this.st.reset(tape, json, length);
    this.maxViolations = maxViolations;
    this.clock = clock;
    this.violations.clear();
    this.bindingFailed = false;
    this.deferReason = null;
    this.full = false;
    this.truncated = false;
    this.depth = 0;
    this.seenTop = 0;
  }

  Clock clock() {
    return this.clock;
  }

  /** Whether the walk must unwind (a binding failure, a deferred shape, or enough violations). */
  boolean stop() {
    return this.bindingFailed || this.deferReason != null || this.full;
  }

  boolean bindingFailed() {
    return this.bindingFailed;
  }

  @Nullable String deferReason() {
    return this.deferReason;
  }

  boolean truncated() {
    return this.truncated;
  }

  /** The violations to report: only the binding failure when there is one (Spring never validates then). */
  List<DtoViolation> violations() {
    if (!this.bindingFailed) {
      return List.copyOf(this.violations);
    }
    return this.violations.stream().filter(v -> v.kind() == DtoViolation.Kind.BINDING).toList();
  }

  boolean hasViolations() {
    return !this.violations.isEmpty();
  }

  // ---- path -----------------------------------------------------------------------------------------------

  void pushProperty(String javaName, int keyIndex) {
    push(PROPERTY, keyIndex, javaName, null);
  }

  void pushMissingProperty(String javaName, String jsonName) {
    push(MISSING_PROPERTY, -1, javaName, jsonName);
  }

  void pushIndex(int index) {
    push(INDEX, index, null, null);
  }

  void pushMapKey(int keyIndex) {
    push(MAP_KEY, keyIndex, null, null);
  }

  void pushSetElement(int index) {
    push(SET_ELEMENT, index, null, null);
  }

  private void push(int kind, int value, @Nullable String javaName, @Nullable String jsonName) {
    if (this.depth == this.kinds.length) {
      int size = this.depth * 2;
      this.kinds = Arrays.copyOf(this.kinds, size);
      this.values = Arrays.copyOf(this.values, size);
      this.javaNames = Arrays.copyOf(this.javaNames, size);
      this.jsonNames = Arrays.copyOf(this.jsonNames, size);
    }
    this.kinds[this.depth] = kind;
    this.values[this.depth] = value;
    this.javaNames[this.depth] = javaName;
    this.jsonNames[this.depth] = jsonName;
    this.depth++;
  }

  void pop() {
    this.depth--;
  }

  private JsonPointer pointer() {
    List<Object> segments = new ArrayList<>(this.depth);
    JsonTape tape = this.st.tape();
    for (int i = 0; i < this.depth; i++) {
      segments.add(switch (this.kinds[i]) {
        case PROPERTY, MAP_KEY -> tape.string(this.values[i]);
        case MISSING_PROPERTY -> this.jsonNames[i];
        default -> this.values[i];
      });
    }
    return JsonPointer.of(segments);
  }

  /** Spring's {@code FieldError.field}: Java property names, {@code [i]} for list items, {@code [key]} for maps. */
  private String propertyPath() {
    StringBuilder path = new StringBuilder();
    JsonTape tape = this.st.tape();
    for (int i = 0; i < this.depth; i++) {
      switch (this.kinds[i]) {
        case PROPERTY, MISSING_PROPERTY -> {
          if (!path.isEmpty()) {
            path.append('.');
          }
          path.append(this.javaNames[i]);
        }
        case INDEX -> path.append('[').append(this.values[i]).append(']');
        case MAP_KEY -> path.append('[').append(tape.string(this.values[i])).append(']');
        default -> path.append("[]");
      }
    }
    return path.toString();
  }

  // ---- outcomes -------------------------------------------------------------------------------------------

  /** Jackson would fail at the value at {@code index}: report it and end the walk. */
  void bindingFailure(int index, String message) {
    bindingFailure(message, index < 0 ? null : jsonScalar(index), DtoViolation.TYPE_MISMATCH);
  }

  void bindingFailure(String message, @Nullable Object rejected, String rule) {
    this.violations.add(new DtoViolation(DtoViolation.Kind.BINDING, pointer(), propertyPath(), rule, message,
        rejected, null));
    this.bindingFailed = true;
  }

  /** The shape is left to Jackson: end the walk. */
  void defer(String reason) {
    this.deferReason = reason;
  }

  /** Reports a violation of {@code constraint} by {@code rejected} at the current path. */
  void violation(Constraint constraint, @Nullable Object rejected) {
    if (this.full) {
      return;
    }
    if (this.violations.size() == this.maxViolations) {
      this.truncated = true;
      this.full = true;
      return;
    }
    this.violations.add(new DtoViolation(DtoViolation.Kind.CONSTRAINT, pointer(), propertyPath(), constraint.rule,
        constraint.message.render(rejected), rejected, constraint.annotation));
  }

  private @Nullable Object jsonScalar(int index) {
    JsonTape tape = this.st.tape();
    return switch (tape.type(index)) {
      case JsonTape.STRING -> tape.string(index);
      case JsonTape.INT64 -> tape.longValue(index);
      case JsonTape.DOUBLE -> tape.doubleValue(index);
      case JsonTape.TRUE -> Boolean.TRUE;
      case JsonTape.FALSE -> Boolean.FALSE;
      default -> null;
    };
  }

  static String describe(JsonTape tape, int index) {
    return Coercions.describe(tape.type(index));
  }

  // ---- scratch --------------------------------------------------------------------------------------------

  /** A matcher for the constraint's pattern, reused per thread (patterns are shared, matchers are not). */
  Matcher matcher(Constraint constraint, CharSequence input) {
    int id = constraint.patternId;
    if (id >= MAX_CACHED_MATCHERS) {
      return constraint.pattern.matcher(input);
    }
    if (id >= this.matchers.length) {
      this.matchers = Arrays.copyOf(this.matchers, Math.max(id + 1, this.matchers.length * 2));
    }
    Matcher matcher = this.matchers[id];
    if (matcher == null || matcher.pattern() != constraint.pattern) {
      matcher = constraint.pattern.matcher(input);
      this.matchers[id] = matcher;
      return matcher;
    }
    return matcher.reset(input);
  }

  /** Claims a zeroed bit set of {@code bits} bits for "seen" properties; release with {@link #releaseSeen}. */
  int claimSeen(int bits) {
    int words = (bits + 63) >>> 6;
    int offset = this.seenTop;
    if (offset + words > this.seen.length) {
      this.seen = Arrays.copyOf(this.seen, Math.max(this.seen.length * 2, offset + words));
    }
    Arrays.fill(this.seen, offset, offset + words, 0L);
    this.seenTop = offset + words;
    return offset;
  }

  void releaseSeen(int offset) {
    this.seenTop = offset;
  }

  void markSeen(int offset, int bit) {
    this.seen[offset + (bit >>> 6)] |= 1L << bit;
  }

  boolean isSeen(int offset, int bit) {
    return (this.seen[offset + (bit >>> 6)] & (1L << bit)) != 0;
  }
}
