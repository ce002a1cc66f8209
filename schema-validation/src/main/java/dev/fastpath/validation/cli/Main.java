package dev.fastpath.validation.cli;

import java.io.PrintStream;

/**
 * Entry point of {@code schema-validation-cli.jar}. See {@link ValidateCommand} for the commands and exit codes.
 *
 * @since 0.1.0
 */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    int status = new ValidateCommand(System.in, new PrintStream(System.out, false), System.err).run(args);
    System.out.flush();
    System.exit(status);
  }
}
