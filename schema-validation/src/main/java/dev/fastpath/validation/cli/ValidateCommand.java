package dev.fastpath.validation.cli;

import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.Runner;
import dev.fastpath.validation.SchemaException;
import dev.fastpath.validation.UnsupportedSchemaException;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.ValidationResult;
import dev.fastpath.validation.Violation;
import dev.fastpath.validation.jsonschema.JsonSchemaCompiler;
import dev.fastpath.validation.schema.JsonLiteral;
import dev.fastpath.validation.schema.JsonLiteralReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commands:
 *
 * <pre>
 * validate [options] &lt;schema.json&gt; &lt;instance.json&gt;
 *     exit 0 valid; 1 invalid (one violation per line: pointer, rule, message); 2 the schema uses something
 *     unsupported (the message names it); 3 usage or I/O error, an invalid schema, or an instance that is not
 *     acceptable JSON (the message says which)
 * batch [options] [file|-]
 *     reads JSON lines {"schema": ..., "instance": ...} (stdin when absent or "-") and prints one line per input
 *     line: valid, invalid, unsupported (followed by the reason), or error (followed by the reason: not JSON,
 *     fields missing, invalid schema, instance not acceptable JSON, empty line). Exit 0, or 3
 *     when the input cannot be read.
 * options: --runner auto|simdjson|jackson   --assert-format   --max-body-bytes N
 * </pre>
 */
public final class ValidateCommand {

  static final int VALID = 0;

  static final int INVALID = 1;

  static final int UNSUPPORTED = 2;

  static final int ERROR = 3;

  private static final int CACHE_SIZE = 1024;

  private final InputStream in;

  private final PrintStream out;

  private final PrintStream err;

  private ValidationOptions options = ValidationOptions.builder().maxBodyBytes(4 * 1024 * 1024).build();

  private final Map<String, Object> compiled = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  /**
   * @param in standard input (batch mode)
   * @param out where results go
   * @param err where usage and error messages go
   */
  public ValidateCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs the command line; returns the exit status. */
  public int run(String[] args) {
    List<String> operands = new ArrayList<>();
    try {
      parseOptions(args, operands);
    } catch (IllegalArgumentException ex) {
      return usage(ex.getMessage());
    }
    if (operands.isEmpty()) {
      return usage("no command");
    }
    String command = operands.removeFirst();
    return switch (command) {
      case "validate" -> operands.size() == 2 ? validateFiles(operands.get(0), operands.get(1))
          : usage("validate needs <schema.json> <instance.json>");
      case "batch" -> operands.size() <= 1 ? batch(operands.isEmpty() ? "-" : operands.getFirst())
          : usage("batch takes at most one file");
      default -> usage("unknown command: " + command);
    };
  }

  private void parseOptions(String[] args, List<String> operands) {
    ValidationOptions.Builder builder = this.options.toBuilder();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runner" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--runner needs a value");
          }
          builder.runner(Runner.valueOf(args[++i].toUpperCase(Locale.ROOT)));
        }
        case "--assert-format" -> builder.assertFormats(true);
        case "--max-body-bytes" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--max-body-bytes needs a value");
          }
          builder.maxBodyBytes(Integer.parseInt(args[++i]));
        }
        default -> operands.add(args[i]);
      }
    }
    this.options = builder.build();
  }

  private int usage(String problem) {
    this.err.println("error: " + problem);
    this.err.println("usage: validate [--runner auto|simdjson|jackson] [--assert-format] <schema.json> <instance.json>");
    this.err.println("       batch [--runner auto|simdjson|jackson] [--assert-format] [file|-]");
    return ERROR;
  }

  private int validateFiles(String schemaFile, String instanceFile) {
    byte[] schema;
    byte[] instance;
    try {
      schema = Files.readAllBytes(Path.of(schemaFile));
      instance = Files.readAllBytes(Path.of(instanceFile));
    } catch (IOException | RuntimeException ex) {
      this.err.println("error: cannot read input: " + ex.getMessage());
      return ERROR;
    }
    JsonValidator validator;
    try {
      validator = JsonSchemaCompiler.compile(schema, this.options);
    } catch (UnsupportedSchemaException ex) {
      String message = ex.getMessage();
      this.err.println("unsupported: " + (message.startsWith("unsupported ") ? message.substring(12) : message));
      return UNSUPPORTED;
    } catch (SchemaException ex) {
      this.err.println("error: invalid schema: " + ex.getMessage());
      return ERROR;
    }
    ValidationResult result = validator.validate(instance, instance.length);
    switch (result.outcome()) {
      case VALID -> {
        this.out.println("valid");
        return VALID;
      }
      case INVALID -> {
        for (Violation violation : result.violations()) {
          this.out.println(violation);
        }
        if (result.truncated()) {
          this.out.println("(more violations not shown)");
        }
        return INVALID;
      }
      default -> {
        this.err.println("error: the instance is not acceptable JSON: " + result.jsonError());
        return ERROR;
      }
    }
  }

  private int batch(String source) {
    try (BufferedReader reader = source.equals("-")
        ? new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        // Exactly one output line per input line, so that outputs can be paired with inputs by line number.
        this.out.println(line.isBlank() ? "error empty line" : batchLine(line));
      }
      this.out.flush();
      return VALID;
    } catch (IOException | RuntimeException ex) {
      this.out.flush();
      this.err.println("error: cannot read " + source + ": " + ex.getMessage());
      return ERROR;
    }
  }

  /** The verdict for one batch line; never throws. */
  String batchLine(String line) {
    try {
      JsonLiteral input;
      try {
        input = JsonLiteralReader.read(line);
      } catch (JsonLiteralReader.MalformedJsonException ex) {
        return "error " + ex.getMessage();
      }
      if (!(input instanceof JsonLiteral.Obj object) || !object.members().containsKey("schema")
          || !object.members().containsKey("instance")) {
        return "error the line must be an object with \"schema\" and \"instance\"";
      }
      Object validator = validatorFor(object.members().get("schema"));
      if (validator instanceof String problem) {
        return problem;
      }
      byte[] instance = object.members().get("instance").toString().getBytes(StandardCharsets.UTF_8);
      ValidationResult result = ((JsonValidator) validator).validate(instance, instance.length);
      return switch (result.outcome()) {
        case VALID -> "valid";
        case INVALID -> "invalid";
        default -> "error the instance is not acceptable JSON: " + result.jsonError();
      };
    } catch (Throwable ex) {
      // Never crash on one line: report it and go on.
      return "error " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }
  }

  private Object validatorFor(JsonLiteral schema) {
    String key = schema.toString();
    Object cached = this.compiled.get(key);
    if (cached != null) {
      return cached;
    }
    Object compiledOrProblem;
    try {
      compiledOrProblem = JsonValidator.of(JsonSchemaCompiler.toSchema(schema), this.options);
    } catch (UnsupportedSchemaException ex) {
      // The exception's message already starts with "unsupported".
      compiledOrProblem = ex.getMessage().startsWith("unsupported ") ? ex.getMessage()
          : "unsupported " + ex.getMessage();
    } catch (SchemaException ex) {
      compiledOrProblem = "error invalid schema: " + ex.getMessage();
    } catch (StackOverflowError ex) {
      compiledOrProblem = "error invalid schema: nested too deeply";
    }
    this.compiled.put(key, compiledOrProblem);
    return compiledOrProblem;
  }
}
