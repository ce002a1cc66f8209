package dev.fastpath.bench.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The request and response types of {@code POST /orders}, constrained as the bench contract says. */
final class Orders {

  private Orders() {}

  /** An order: who, what, and an optional note. */
  record Order(
      @NotBlank @Size(max = 64) String customerId,
      @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Item> items,
      @Size(max = 200) @Nullable String note) {}

  /** One line of an order. */
  record Item(
      @NotNull @Pattern(regexp = "^[A-Z0-9-]{3,32}$") String sku,
      @NotNull @Min(1) @Max(1000) Integer qty) {}

  /** What an accepted order answers: the customer, the number of lines and the sum of quantities. */
  record OrderResult(String customerId, int lines, int units) {}
}
