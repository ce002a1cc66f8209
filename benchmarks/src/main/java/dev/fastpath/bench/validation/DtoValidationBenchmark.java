package dev.fastpath.bench.validation;

import dev.fastpath.validation.Runner;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.dto.BindResult;
import dev.fastpath.validation.dto.DtoCompiler;
import dev.fastpath.validation.dto.DtoOptions;
import dev.fastpath.validation.dto.DtoSchema;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request body bytes in, validated DTO out: the compiled DTO ({@code DtoSchema.validateAndBind}: one simdjson-java
 * parse, the tape walk, then the tape binder) against what Spring MVC runs (Jackson 3 binding of the bytes, then
 * Hibernate Validator 9 on the object). Also the two halves alone: our validation without binding (allocation-free
 * on valid input), and binding without constraints against Jackson binding alone (the binder's baseline).
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar DtoValidationBenchmark
 * -f 1 -wi 3 -i 3 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DtoValidationBenchmark {

  @Param({"order1", "order100", "customers10k"})
  public String document;

  @Param({"auto"})
  public String runner;

  private byte[] json;

  private Class<?> type;

  private DtoSchema<?> schema;

  private DtoSchema<?> bindingOnly;

  private final JsonMapper mapper = JsonMapper.builder().build();

  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Setup
  public void setUp() {
    this.json = switch (this.document) {
      case "order1" -> ValidationFixtures.order(1);
      case "order100" -> ValidationFixtures.order(100);
      default -> ValidationFixtures.customers();
    };
    this.type = this.document.startsWith("order") ? DtoFixtures.Order.class : DtoFixtures.Customers.class;
    DtoOptions options = DtoOptions.builder()
        .validation(ValidationOptions.builder().runner(Runner.valueOf(this.runner.toUpperCase(Locale.ROOT)))
            .maxBodyBytes(64 * 1024).build())
        .build();
    this.schema = DtoCompiler.compile(this.type, options);
    this.bindingOnly = DtoCompiler.compileWithoutConstraints(this.type, options);
    if (!(fastpathValidateAndBind() instanceof BindResult.Bound<?>) || jacksonBindAndValidate() != 0) {
      throw new IllegalStateException("fixture " + this.document + " must be valid for both");
    }
  }

  /** Ours: validate and bind from one parse. */
  @Benchmark
  public BindResult<?> fastpathValidateAndBind() {
    return this.schema.validateAndBind(this.json, this.json.length);
  }

  /** Ours, validation only (no object built). */
  @Benchmark
  public BindResult<?> fastpathValidate() {
    return this.schema.validate(this.json, this.json.length);
  }

  /** Ours, binding only (a {@code @RequestBody} without {@code @Valid}): parse, type checks, build. */
  @Benchmark
  public BindResult<?> fastpathBind() {
    return this.bindingOnly.validateAndBind(this.json, this.json.length);
  }

  /** Spring MVC's way: Jackson 3 binds the bytes, Hibernate Validator validates the object. */
  @Benchmark
  public int jacksonBindAndValidate() {
    Object value = this.mapper.readValue(this.json, this.type);
    return this.validator.validate(value).size();
  }

  /** Jackson 3 binding alone: the baseline of the tape binder. */
  @Benchmark
  public Object jacksonBind() {
    return this.mapper.readValue(this.json, this.type);
  }
}
