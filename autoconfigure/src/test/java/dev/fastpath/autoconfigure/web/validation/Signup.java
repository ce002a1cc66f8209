package dev.fastpath.autoconfigure.web.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A validated record body: a nested {@code @Valid} record, a list of {@code @Valid} elements, a primitive and
 * the common constraints.
 */
public record Signup(
    @NotBlank @Size(min = 2, max = 20) String name,
    @Email String email,
    @Min(18) int age,
    @Pattern(regexp = "[A-Z]{3}-\\d{2}") String code,
    @DecimalMax("99.99") BigDecimal budget,
    @NotNull @Valid Address address,
    @Size(max = 3) List<@Valid Item> items) {

  /** A nested record. */
  public record Address(@NotBlank String city, @Size(min = 5, max = 5) String zip) {}

  /** A list element. */
  public record Item(@NotBlank String sku, @Min(1) int qty) {}
}
