package dev.fastpath.validation.engine;

/**
 * One compiled keyword. {@link #validate} checks the value at a tape index; with {@code collect} it reports
 * every violation to the {@link Walk}, without it (inside {@code anyOf}, {@code not}, {@code if} ...) it only
 * answers and may stop at the first failure.
 */
abstract class Check {

  /**
   * @param walk the run's state
   * @param index the tape index of the value
   * @param type the value's tape type ({@link JsonTape#type})
   * @param collect whether to report violations
   * @return whether the value satisfies this keyword
   */
  abstract boolean validate(Walk walk, int index, int type, boolean collect);
}
