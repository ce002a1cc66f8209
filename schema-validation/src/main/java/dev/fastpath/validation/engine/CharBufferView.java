package dev.fastpath.validation.engine;

/**
 * A {@link CharSequence} over a reused char buffer, so that regular expressions and checks can read a decoded
 * string without a {@code String} per value; {@code toString()} and {@code subSequence} copy. Not thread-safe:
 * one per walk, like the buffer it views.
 */
public final class CharBufferView implements CharSequence {

  private char[] chars = new char[0];

  private int length;

  /** Views the first {@code length} chars of {@code chars} (the array is not copied). */
  public void set(char[] chars, int length) {
    this.chars = chars;
    this.length = length;
  }

  @Override
  public int length() {
    return this.length;
  }

  @Override
  public char charAt(int index) {
    if (index >= this.length) {
      throw new IndexOutOfBoundsException(index);
    }
    return this.chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(this.chars, start, end - start);
  }

  @Override
  public boolean isEmpty() {
    return this.length == 0;
  }

  @Override
  public String toString() {
    return new String(this.chars, 0, this.length);
  }
}
