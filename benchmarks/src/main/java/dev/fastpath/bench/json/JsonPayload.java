package dev.fastpath.bench.json;

import java.util.stream.LongStream;

/** The values written in {@link JsonWriteBenchmark}: the bench contract's answers and a larger list. */
public enum JsonPayload {

  /** {@code GET /json}: {@code {"message":"Hello, World!"}} (27 bytes). */
  MESSAGE(new Message("Hello, World!")),

  /** {@code GET /users/42}: {@code {"id":42,"name":"user-42"}} (26 bytes). */
  USER(new User(42, "user-42")),

  /** A list of 100 users (about 3 KB): where copying the serialized bytes starts to show. */
  USERS_100(LongStream.rangeClosed(1, 100).mapToObj(id -> new User(id, "user-" + id)).toList());

  /** {@code /json}'s body. */
  public record Message(String message) {}

  /** {@code /users/{id}}'s body. */
  public record User(long id, String name) {}

  private final Object value;

  JsonPayload(Object value) {
    this.value = value;
  }

  /** The value to serialize (a record, or a {@code List} of records). */
  public Object value() {
    return this.value;
  }
}
