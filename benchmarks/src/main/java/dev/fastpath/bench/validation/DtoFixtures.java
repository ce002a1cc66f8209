package dev.fastpath.bench.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The DTOs of the DTO benchmarks, for the documents of {@link ValidationFixtures}: the bench contract's
 * {@code /orders} body as the issue states it, and the ~10 KB customer list with the constraints of
 * {@link ValidationFixtures#CUSTOMERS_SCHEMA}.
 */
public final class DtoFixtures {

  private DtoFixtures() {
  }

  /** {@code POST /orders}. */
  public record Order(@NotBlank @Size(max = 64) String customerId,
      @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Item> items,
      @Size(max = 200) String note) {
  }

  /** One order line. */
  public record Item(@NotNull @Pattern(regexp = "^[A-Z0-9-]{3,32}$") String sku,
      @NotNull @Min(1) @Max(1000) Integer qty) {
  }

  /** The customer list. */
  public record Customers(@NotNull @Size(max = 1000) List<@NotNull @Valid Customer> customers) {
  }

  /** A customer. */
  public record Customer(@NotNull @Min(1) Long id, @NotNull @Size(min = 1, max = 100) String name,
      @NotNull @Pattern(regexp = "^[^@\\s]+@[^@\\s]+$") String email, @NotNull Status status,
      @DecimalMin("-1000000") @DecimalMax("1000000") BigDecimal balance, Set<@Size(max = 20) String> tags,
      @Valid Address address) {
  }

  /** A customer's status, in lower case on the wire. */
  public enum Status {
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("suspended")
    SUSPENDED,
    @JsonProperty("closed")
    CLOSED
  }

  /** An address. */
  public record Address(String street, @NotNull String city, @Pattern(regexp = "^[0-9]{5}$") String zip) {
  }
}
