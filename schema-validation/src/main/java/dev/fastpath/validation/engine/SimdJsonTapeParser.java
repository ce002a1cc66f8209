package dev.fastpath.validation.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.simdjson.JsonParsingException;
import org.simdjson.JsonValue;
import org.simdjson.SimdJsonParser;

/**
 * Parses with simdjson-java 0.4.0 and exposes its tape. One instance per thread: {@link SimdJsonParser} is not
 * thread-safe.
 *
 * <p>simdjson-java's public DOM ({@link JsonValue}) allocates an iterator and a {@code String} per object member;
 * its tape does not. The tape, its string buffer and their layout are package-private in 0.4.0, so they are
 * read once per parse through {@link VarHandle}s obtained at class initialisation (simdjson-java is an unnamed or
 * automatic module, whose packages are open). {@link JsonTapeLayoutTests} pins the layout this relies on.
 *
 * <p>Sizing: simdjson-java allocates its tape ({@code long[capacity]}), structural index ({@code int[capacity]}),
 * string buffer and padding buffer ({@code byte[capacity]} each) up front, about 14 bytes per unit of capacity.
 * Empty strings ({@code ["","",...]}) need 4 string-buffer bytes per 3 input bytes, so capacity is 1.5 times the
 * body limit plus slack; an input within the limit then never overflows, and an
 * {@link ArrayIndexOutOfBoundsException} can only mean nesting beyond the depth limit.
 */
final class SimdJsonTapeParser {

  /** simdjson-java reads 64 bytes past the end of the input; shorter slack makes it copy the input. */
  static final int PADDING = 64;

  private static final VarHandle VALUE_TAPE;

  private static final VarHandle VALUE_STRINGS;

  private static final VarHandle TAPE_ARRAY;

  static {
    try {
      Class<?> tapeClass = Class.forName("org.simdjson.Tape", false, JsonValue.class.getClassLoader());
      MethodHandles.Lookup values = MethodHandles.privateLookupIn(JsonValue.class, MethodHandles.lookup());
      VALUE_TAPE = values.findVarHandle(JsonValue.class, "tape", tapeClass);
      VALUE_STRINGS = values.findVarHandle(JsonValue.class, "stringBuffer", byte[].class);
      MethodHandles.Lookup tapes = MethodHandles.privateLookupIn(tapeClass, MethodHandles.lookup());
      TAPE_ARRAY = tapes.findVarHandle(tapeClass, "tape", long[].class);
    } catch (ReflectiveOperationException | RuntimeException ex) {
      throw new ExceptionInInitializerError(ex);
    }
  }

  private final SimdJsonParser parser;

  private final int maxDepth;

  SimdJsonTapeParser(int maxBodyBytes, int maxDepth) {
    this.parser = new SimdJsonParser(capacityFor(maxBodyBytes), maxDepth + 1);
    this.maxDepth = maxDepth;
  }

  static int capacityFor(int maxBodyBytes) {
    return maxBodyBytes + maxBodyBytes / 2 + 4 * PADDING;
  }

  /**
   * Parses {@code json[0, length)} into {@code into}. The bytes after {@code length} need not be padding:
   * with less than {@value #PADDING} bytes after it, simdjson-java copies the input into its own buffer.
   *
   * @throws JsonParsingException the input is not JSON simdjson-java accepts
   * @throws ParseFailure nesting beyond the depth limit
   */
  void parse(byte[] json, int length, JsonTape into) {
    JsonValue root;
    try {
      root = this.parser.parse(json, length);
    } catch (ArrayIndexOutOfBoundsException ex) {
      // simdjson-java indexes its open-container stack by depth without a bounds check.
      throw DepthScanner.tooDeepOrMalformed(json, length, this.maxDepth);
    }
    into.set((long[]) TAPE_ARRAY.get(VALUE_TAPE.get(root)), (byte[]) VALUE_STRINGS.get(root));
  }

  /** Whether the tape access works on this JVM (forces class initialisation). */
  static boolean available() {
    return VALUE_TAPE != null;
  }
}
