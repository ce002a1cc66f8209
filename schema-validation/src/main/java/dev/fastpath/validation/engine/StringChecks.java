package dev.fastpath.validation.engine;

import dev.fastpath.validation.schema.Keyword;

/** String keywords: lengths, pattern, format, not-blank, temporal. All pass non-string values. */
final class StringChecks {

  private StringChecks() {
  }

  /** Unicode code points of a UTF-8 string: every byte that is not a continuation byte starts one. */
  static int codePoints(JsonTape tape, int index) {
    byte[] s = tape.strings;
    int start = tape.stringStart(index);
    int end = start + tape.stringLength(index);
    int count = 0;
    for (int i = start; i < end; i++) {
      if ((s[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }

  /** UTF-16 code units ({@code String.length()}): code points plus one per 4-byte (supplementary) sequence. */
  static int utf16Length(JsonTape tape, int index) {
    byte[] s = tape.strings;
    int start = tape.stringStart(index);
    int end = start + tape.stringLength(index);
    int count = 0;
    for (int i = start; i < end; i++) {
      int b = s[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        count += b >= 0xF0 ? 2 : 1;
      }
    }
    return count;
  }

  /** {@code minLength}/{@code maxLength} in code points. */
  static final class LengthCheck extends Check {

    private final long min;

    private final long max;

    private final String rule;

    private final String message;

    LengthCheck(long min, long max, String rule, String message) {
      this.min = min;
      this.max = max;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.STRING) {
        return true;
      }
      int byteLength = walk.tape.stringLength(index);
      // Code points lie in [bytes / 4, bytes]: decide without counting when the byte length says enough.
      if (byteLength >= this.min && (byteLength + 3) / 4 >= this.min && byteLength <= this.max) {
        return true;
      }
      int length = codePoints(walk.tape, index);
      if (length >= this.min && length <= this.max) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  /** Bean Validation {@code @Size}: strings in UTF-16 units, arrays in items, objects in members. */
  static final class SizeCheck extends Check {

    private final long min;

    private final long max;

    private final String rule;

    private final String message;

    SizeCheck(long min, long max, String rule, String message) {
      this.min = min;
      this.max = max;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      long size;
      if (type == JsonTape.STRING) {
        size = utf16Length(walk.tape, index);
      } else if (type == JsonTape.START_ARRAY || type == JsonTape.START_OBJECT) {
        size = walk.tape.count(index);
      } else {
        return true;
      }
      if (size >= this.min && size <= this.max) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  static final class PatternCheck extends Check {

    private final Regex regex;

    private final String rule;

    private final String message;

    PatternCheck(Regex regex, String rule, String message) {
      this.regex = regex;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.STRING || this.regex.matches(walk, index)) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  /** {@code @NotBlank}: at least one character that {@link Character#isWhitespace} does not accept. */
  static final class NotBlankCheck extends Check {

    private final String rule;

    private final String message;

    NotBlankCheck(String rule, String message) {
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.STRING) {
        return true;
      }
      CharSequence chars = walk.chars(index);
      for (int i = 0; i < chars.length(); i++) {
        if (!Character.isWhitespace(chars.charAt(i))) {
          return true;
        }
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  static final class FormatCheck extends Check {

    private final Formats.Validator validator;

    private final String rule;

    private final String message;

    FormatCheck(Formats.Validator validator, String rule, String message) {
      this.validator = validator;
      this.rule = rule;
      this.message = message;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.STRING || this.validator.test(walk.chars(index))) {
        return true;
      }
      return collect ? walk.report(this.rule, this.message) : false;
    }
  }

  static final class TemporalCheck extends Check {

    private final Keyword.Temporal keyword;

    TemporalCheck(Keyword.Temporal keyword) {
      this.keyword = keyword;
    }

    @Override
    boolean validate(Walk walk, int index, int type, boolean collect) {
      if (type != JsonTape.STRING) {
        return true;
      }
      int comparison = Temporals.compareToNow(this.keyword.type(), walk.chars(index).toString(), walk.clock);
      if (comparison == Temporals.UNPARSEABLE) {
        return true;
      }
      boolean valid = switch (this.keyword.relation()) {
        case PAST -> comparison < 0;
        case PAST_OR_PRESENT -> comparison <= 0;
        case FUTURE -> comparison > 0;
        case FUTURE_OR_PRESENT -> comparison >= 0;
      };
      if (valid) {
        return true;
      }
      return collect ? walk.report(this.keyword.rule(), this.keyword.message()) : false;
    }
  }
}
