package dev.fastpath.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a client sends to create or replace an order; validated by Fastpath's precompiled validator, bound from
 * the same parse.
 *
 * @param customer who orders
 * @param email where the confirmation goes
 * @param shipTo where the order goes
 * @param lines what is ordered
 */
record OrderRequest(
    @NotBlank @Size(max = 64) String customer,
    @NotBlank @Email String email,
    @NotNull @Valid Address shipTo,
    @NotEmpty @Size(max = 20) List<@Valid Line> lines) {

  /** A postal address. */
  record Address(@NotBlank String street, @NotBlank String city, @Pattern(regexp = "\\d{4,5}") String postcode) {}

  /** One order line. */
  record Line(@NotBlank @Pattern(regexp = "[A-Z0-9-]{3,16}") String sku, @Min(1) @Max(99) int quantity) {}
}
