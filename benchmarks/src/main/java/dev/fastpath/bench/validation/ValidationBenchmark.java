package dev.fastpath.bench.validation;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.fastpath.validation.JsonValidator;
import dev.fastpath.validation.ValidationOptions;
import dev.fastpath.validation.jsonschema.JsonSchemaCompiler;
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
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bytes in, verdict out: our JSON-Schema-compiled validator (simdjson-java tape walk, or Jackson with
 * {@code runner=jackson}) against networknt json-schema-validator on the same schema (which needs a Jackson
 * tree first). Run: {@code java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar
 * ValidationBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ValidationBenchmark {

  @Param({"order1", "order100", "customers10k"})
  public String document;

  @Param({"auto"})
  public String runner;

  private byte[] json;

  private JsonValidator fastpath;

  private com.networknt.schema.Schema networknt;

  private final ObjectMapper mapper = JsonMapper.builder().build();

  @Setup
  public void setUp() {
    String schema = this.document.startsWith("order") ? ValidationFixtures.ORDERS_SCHEMA
        : ValidationFixtures.CUSTOMERS_SCHEMA;
    this.json = switch (this.document) {
      case "order1" -> ValidationFixtures.order(1);
      case "order100" -> ValidationFixtures.order(100);
      default -> ValidationFixtures.customers();
    };
    this.fastpath = JsonSchemaCompiler.compile(schema, ValidationOptions.builder()
        .runner(dev.fastpath.validation.Runner.valueOf(this.runner.toUpperCase(java.util.Locale.ROOT)))
        .maxBodyBytes(64 * 1024).build());
    this.networknt = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema, InputFormat.JSON);
    if (!fastpath() || !networknt()) {
      throw new IllegalStateException("fixture " + this.document + " must be valid for both validators");
    }
  }

  @Benchmark
  public boolean fastpath() {
    return this.fastpath.validate(this.json, this.json.length).isValid();
  }

  @Benchmark
  public boolean networknt() {
    return this.networknt.validate(this.mapper.readTree(this.json)).isEmpty();
  }
}
