package dev.fastpath.validation.binding;

import dev.fastpath.validation.engine.JsonTape;
import java.lang.invoke.MethodHandle;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON object into a record (canonical constructor) or POJO (no-argument constructor, then setters or
 * fields in document order), with method handles bound at start-up. Members are matched by their UTF-8 bytes;
 * ignored and unknown members are skipped ({@code FAIL_ON_UNKNOWN_PROPERTIES} is off in Boot), or unknown ones
 * fail when the caller turned it on.
 */
abstract sealed class BeanReader extends ValueReader {

  /** Slot of a member name that is skipped silently. */
  static final int IGNORED = -2;

  final String javaName;

  /** Filled after construction, so that recursive types can point at themselves. */
  PropertyTable table;

  ValueReader[] readers;

  boolean failOnUnknown;

  final boolean acceptsScalars;

  BeanReader(String javaName, boolean acceptsScalars) {
    this.javaName = javaName;
    this.acceptsScalars = acceptsScalars;
  }

  @Override
  public @Nullable Object read(BindState st, int index) {
    JsonTape tape = st.tape();
    int token = tape.type(index);
    if (token == JsonTape.START_OBJECT) {
      return readObject(st, tape, index);
    }
    if (token == JsonTape.NULL) {
      return null;
    }
    if (this.acceptsScalars && token != JsonTape.START_ARRAY) {
      throw new BindingException(this.javaName + " has a one-argument constructor or factory Jackson may use", true);
    }
    throw new BindingException(Coercions.mismatch(token, this.javaName), false);
  }

  abstract Object readObject(BindState st, JsonTape tape, int index);

  /** The slot of the member at {@code key}, -1 for none; fails for unknown members when configured to. */
  final int slot(JsonTape tape, int key) {
    int slot = this.table.find(tape, key);
    if (slot == -1 && this.failOnUnknown) {
      throw new BindingException("unknown property in " + this.javaName, false);
    }
    return slot;
  }

  /** A record built by its canonical constructor. */
  static final class RecordReader extends BeanReader {

    private static final Object MISSING = new Object();

    private final MethodHandle creator;

    private final int arity;

    RecordReader(String javaName, boolean acceptsScalars, MethodHandle creator, int arity) {
      super(javaName, acceptsScalars);
      this.creator = creator;
      this.arity = arity;
    }

    @Override
    Object readObject(BindState st, JsonTape tape, int index) {
      Object[] args = new Object[this.arity];
      ValueReader[] readers = this.readers;
      // Present components: one bit each up to 64 (no scratch needed), a sentinel beyond.
      long seen = 0;
      boolean wide = args.length > 64;
      if (wide) {
        java.util.Arrays.fill(args, MISSING);
      }
      for (int key = index + 1, end = tape.end(index); key < end; key = tape.next(key + 1)) {
        int slot = slot(tape, key);
        if (slot >= 0) {
          args[slot] = readers[slot].read(st, key + 1);
          seen |= 1L << slot;
        }
      }
      for (int i = 0; i < args.length; i++) {
        if (wide ? args[i] == MISSING : (seen & (1L << i)) == 0) {
          args[i] = readers[i].missing();
        }
      }
      try {
        return (Object) this.creator.invokeExact(args);
      } catch (Error ex) {
        throw ex;
      } catch (Throwable ex) {
        // Never the exception's message: it may echo the input.
        throw new BindingException("the constructor of " + this.javaName + " threw " + ex.getClass().getName(),
            false, true);
      }
    }
  }

  /** A POJO built by its no-argument constructor, then its setters or fields. */
  static final class PojoReader extends BeanReader {

    private final MethodHandle creator;

    MethodHandle[] mutators;

    PojoReader(String javaName, boolean acceptsScalars, MethodHandle creator) {
      super(javaName, acceptsScalars);
      this.creator = creator;
    }

    @Override
    Object readObject(BindState st, JsonTape tape, int index) {
      Object bean;
      try {
        bean = (Object) this.creator.invokeExact();
      } catch (Error ex) {
        throw ex;
      } catch (Throwable ex) {
        throw new BindingException("the constructor of " + this.javaName + " threw " + ex.getClass().getName(),
            false, true);
      }
      for (int key = index + 1, end = tape.end(index); key < end; key = tape.next(key + 1)) {
        int slot = slot(tape, key);
        if (slot >= 0) {
          Object value = this.readers[slot].read(st, key + 1);
          try {
            this.mutators[slot].invokeExact(bean, value);
          } catch (Error ex) {
            throw ex;
          } catch (Throwable ex) {
            throw new BindingException("a setter of " + this.javaName + " threw " + ex.getClass().getName(),
                false, true);
          }
        }
      }
      return bean;
    }
  }
}
