package dev.fastpath.validation.dto;

import dev.fastpath.validation.binding.Coercions;
import dev.fastpath.validation.binding.PropertyTable;
import dev.fastpath.validation.engine.JsonTape;

/**
 * A JSON object bound to a record or POJO: each member is matched to a property by its UTF-8 name and checked;
 * members Jackson ignores are skipped (unknown ones fail when {@code FAIL_ON_UNKNOWN_PROPERTIES} is on); then
 * every absent property is checked as absent ({@link PropertyCheck#checkMissing}). Shared by every usage of the
 * class (usage constraints live in {@link Check.BeanUsageCheck}); built in two variants, with the class's
 * constraints (reached through {@code @Valid}) and binding-only.
 */
final class BeanCheck extends Check {

  /** Table slot of names that are skipped silently. */
  static final int IGNORED = -2;

  private final String javaName;

  private final boolean acceptsScalars;

  /** Linked after construction, so that recursive types can point at themselves. */
  PropertyTable table;

  PropertyCheck[] properties;

  boolean failOnUnknown;

  BeanCheck(String javaName, boolean acceptsScalars) {
    this.javaName = javaName;
    this.acceptsScalars = acceptsScalars;
  }

  @Override
  void check(DtoWalk walk, int index) {
    JsonTape tape = walk.st.tape();
    int token = tape.type(index);
    if (token != JsonTape.START_OBJECT) {
      if (token == JsonTape.NULL) {
        return;
      }
      if (this.acceptsScalars && token != JsonTape.START_ARRAY) {
        walk.defer(this.javaName + " has a one-argument constructor or factory that Jackson may use");
      } else {
        walk.bindingFailure(index, "cannot bind " + Coercions.describe(token) + " to " + this.javaName);
      }
      return;
    }
    PropertyCheck[] properties = this.properties;
    int count = properties.length;
    // Seen properties: one long for up to 64 (no allocation), walk scratch beyond.
    long seen = 0;
    int seenOffset = count > 64 ? walk.claimSeen(count) : -1;
    for (int key = index + 1, end = tape.end(index); key < end; key = tape.next(key + 1)) {
      int slot = this.table.find(tape, key);
      if (slot >= 0) {
        if (seenOffset < 0) {
          seen |= 1L << slot;
        } else {
          walk.markSeen(seenOffset, slot);
        }
        PropertyCheck property = properties[slot];
        walk.pushProperty(property.javaName, key);
        property.value.check(walk, key + 1);
        walk.pop();
      } else if (slot == -1 && this.failOnUnknown) {
        walk.pushProperty(tape.string(key), key);
        walk.bindingFailure("unknown property in " + this.javaName, null, DtoViolation.UNKNOWN_PROPERTY);
        walk.pop();
      }
      if (walk.stop()) {
        break;
      }
    }
    for (int slot = 0; slot < count && !walk.stop(); slot++) {
      boolean present = seenOffset < 0 ? (seen & (1L << slot)) != 0 : walk.isSeen(seenOffset, slot);
      if (!present) {
        properties[slot].checkMissing(walk);
      }
    }
    if (seenOffset >= 0) {
      walk.releaseSeen(seenOffset);
    }
  }

  @Override
  void checkValue(DtoWalk walk, @org.jspecify.annotations.Nullable Object value) {
    // Usage constraints are in BeanUsageCheck; initial values with content to validate are refused at start-up.
  }
}
