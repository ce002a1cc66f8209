package dev.fastpath.validation.dto;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/** DTOs used by the DTO compiler's tests, covering every supported constraint and type. */
final class Dtos {

  private Dtos() {
  }

  /** The bench contract's {@code /orders} body. */
  record Order(@NotBlank @Size(max = 64) String customerId,
      @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Item> items,
      @Size(max = 200) String note) {
  }

  record Item(@NotNull @Pattern(regexp = "^[A-Z0-9-]{3,32}$") String sku, @NotNull @Min(1) @Max(1000) Integer qty) {
  }

  enum Status {
    ACTIVE,
    @JsonProperty("on-hold")
    ON_HOLD,
    CLOSED;

    @Override
    public String toString() {
      return this == CLOSED ? "closed" : name();
    }
  }

  record Address(@NotBlank String street, @Pattern(regexp = "\\d{5}") String zip,
      @Size(min = 2, max = 2) String country) {
  }

  /** Strings, numbers and booleans with every scalar constraint. */
  record Scalars(
      @NotBlank @Size(max = 10) String name,
      @Email String email,
      @Pattern(regexp = "^[A-Z]{2}\\d{3}$", message = "code {regexp} expected, got ${validatedValue}") String code,
      @NotEmpty String title,
      @Null String legacy,
      @NotNull @Min(0) @Max(150) Integer age,
      @Positive int count,
      @PositiveOrZero long total,
      @Negative Short delta,
      @NegativeOrZero byte small,
      @DecimalMin("0.01") @DecimalMax(value = "999.99", inclusive = false) @Digits(integer = 3, fraction = 2)
      BigDecimal price,
      @Digits(integer = 5, fraction = 0) @Positive BigInteger big,
      @DecimalMin(value = "-1.5", inclusive = false) @Digits(integer = 2, fraction = 3) Double ratio,
      @Max(10) @PositiveOrZero float weight,
      @AssertTrue Boolean accepted,
      @AssertFalse boolean blocked,
      @Digits(integer = 2, fraction = 1) @DecimalMax("50") String amountText,
      @Min(5) @Negative String minText,
      Character grade,
      char initial) {
  }

  /** Enums, UUIDs, dates and optionals. */
  record Others(
      @NotNull Status status,
      Status previous,
      @NotNull UUID id,
      UUID parent,
      @Past LocalDate birthday,
      @FutureOrPresent LocalDateTime appointment,
      @PastOrPresent Instant created,
      @Future OffsetDateTime expires,
      @Past ZonedDateTime seen,
      Optional<@Size(min = 2) String> nickname,
      @NotNull Optional<Integer> rank,
      @Min(3) OptionalInt stars) {
  }

  /** Containers and nesting. */
  record Containers(
      @NotEmpty List<@NotBlank @Size(max = 5) String> tags,
      @Size(max = 3) Set<@Pattern(regexp = "[a-z]+") String> labels,
      SortedSet<Integer> sorted,
      Map<String, @NotNull @Min(1) Integer> scores,
      @Size(min = 1) Map<String, @Valid Address> places,
      @Valid Address address,
      Address unchecked,
      @Valid List<Address> addresses,
      @Size(max = 2) String[] aliases,
      int[] numbers,
      @Valid Address[] more,
      @NotNull @Valid Optional<Address> home) {
  }

  /** A POJO: setters, a public field, defaults, renames and an ignored property. */
  @JsonIgnoreProperties({"internal"})
  static class Account {

    @NotBlank
    private String owner;

    @Min(1)
    private int level = 3;

    @NotNull
    private Integer limit = 100;

    @NotEmpty
    private List<@NotBlank String> roles = new ArrayList<>();

    @Size(max = 5)
    public String nick;

    @JsonIgnore
    @Null
    private String secret;

    @JsonProperty("e-mail")
    @Email
    private String email;

    @JsonAlias("tel")
    @Pattern(regexp = "\\+?[0-9 ]{5,15}")
    private String phone;

    @Valid
    private Address address;

    public String getOwner() {
      return this.owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public int getLevel() {
      return this.level;
    }

    public void setLevel(int level) {
      this.level = level;
    }

    public Integer getLimit() {
      return this.limit;
    }

    public void setLimit(Integer limit) {
      this.limit = limit;
    }

    public List<String> getRoles() {
      return this.roles;
    }

    public void setRoles(List<String> roles) {
      this.roles = roles;
    }

    public String getSecret() {
      return this.secret;
    }

    public void setSecret(String secret) {
      this.secret = secret;
    }

    public String getEmail() {
      return this.email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPhone() {
      return this.phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public Address getAddress() {
      return this.address;
    }

    public void setAddress(Address address) {
      this.address = address;
    }

    @Override
    public String toString() {
      return "Account[" + this.owner + "," + this.level + "," + this.limit + "," + this.roles + "," + this.nick + ","
          + this.email + "," + this.phone + "," + this.address + "]";
    }
  }

  /** Read with a snake_case naming strategy. */
  record Shipment(@NotBlank String trackingCode, @Positive Integer parcelCount, @Valid Address returnAddress,
      @JsonProperty("eta") @Future LocalDate estimatedArrival) {
  }

  /** Every supported type without constraints: documents mostly bind, so the bound objects are compared. */
  record Loose(String text, int i, Integer boxedInt, long l, Long boxedLong, short s, Short boxedShort, byte b,
      Byte boxedByte, double d, Double boxedDouble, float f, Float boxedFloat, boolean flag, Boolean boxedFlag,
      char c, Character boxedChar, BigDecimal decimal, BigInteger integer, UUID id, Status status, LocalDate date,
      LocalDateTime dateTime, Instant instant, OffsetDateTime offset, ZonedDateTime zoned,
      java.time.LocalTime time, List<Integer> ints, java.util.LinkedList<String> linked, Set<String> set,
      java.util.LinkedHashSet<Long> ordered, SortedSet<String> sorted, java.util.Collection<Double> doubles,
      Map<String, BigDecimal> amounts, java.util.TreeMap<String, Status> statuses, String[] strings, long[] longs,
      double[] ds, boolean[] flags, Optional<String> maybe, Optional<Address> maybeAddress, OptionalInt maybeInt,
      java.util.OptionalLong maybeLong, java.util.OptionalDouble maybeDouble, Address address,
      List<Address> addresses, List<List<Integer>> matrix) {
  }

  /** A POJO with every kind of mutator and initial values. */
  static class LoosePojo {

    private String text = "initial";

    private int number = 7;

    public Integer boxed;

    private List<String> values;

    private Status status = Status.ACTIVE;

    private BigDecimal amount;

    private Optional<String> maybe = Optional.of("x");

    private Address address;

    public String getText() {
      return this.text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public int getNumber() {
      return this.number;
    }

    public void setNumber(int number) {
      this.number = number;
    }

    public List<String> getValues() {
      return this.values;
    }

    public void setValues(List<String> values) {
      this.values = values;
    }

    public Status getStatus() {
      return this.status;
    }

    public void setStatus(Status status) {
      this.status = status;
    }

    // No setter: written through the field, as Jackson infers from the visible getter.
    public BigDecimal getAmount() {
      return this.amount;
    }

    public Optional<String> getMaybe() {
      return this.maybe;
    }

    public void setMaybe(Optional<String> maybe) {
      this.maybe = maybe;
    }

    public Address getAddress() {
      return this.address;
    }

    public void setAddress(Address address) {
      this.address = address;
    }

    @Override
    public String toString() {
      return "LoosePojo[" + this.text + "," + this.number + "," + this.boxed + "," + this.values + "," + this.status
          + "," + this.amount + "," + this.maybe + "," + this.address + "]";
    }
  }
}
