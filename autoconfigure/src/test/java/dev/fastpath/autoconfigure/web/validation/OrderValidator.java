package dev.fastpath.autoconfigure.web.validation;

import dev.fastpath.autoconfigure.web.bind.BodyViolation;
import dev.fastpath.autoconfigure.web.bind.RequestBodyValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-written stand-in for the precompiled validator of {@link Order} (the schema-validation DTO
 * compiler will generate these): it checks the raw JSON and reports violations with JSON Pointers, in
 * the order Hibernate Validator happens to report them being irrelevant to the comparison.
 */
final class OrderValidator implements RequestBodyValidator {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public List<BodyViolation> validate(byte[] json, int length) {
    JsonNode root;
    try {
      root = JSON.readTree(new String(json, 0, length, java.nio.charset.StandardCharsets.UTF_8));
    } catch (JacksonException ex) {
      return List.of(new BodyViolation("", "json", ex.getOriginalMessage(), BodyViolation.Kind.MALFORMED, Map.of()));
    }
    List<BodyViolation> violations = new ArrayList<>();
    JsonNode customer = root.path("customerId");
    if (!customer.isString() || customer.asString().isBlank()) {
      violations.add(BodyViolation.constraint("/customerId", "NotBlank", "must not be blank"));
    }
    JsonNode items = root.path("items");
    if (items.isArray()) {
      if (items.size() < 1 || items.size() > 3) {
        violations.add(new BodyViolation("/items", "Size", "size must be between 1 and 3", BodyViolation.Kind.CONSTRAINT,
            Map.of("min", 1, "max", 3)));
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode line = items.get(i);
        JsonNode qty = line.path("qty");
        if (!qty.isMissingNode() && !qty.isNumber()) {
          violations.add(new BodyViolation("/items/" + i + "/qty", "type", "expected an integer",
              BodyViolation.Kind.TYPE_MISMATCH, Map.of()));
        } else if (qty.asLong(0) < 1) {
          violations.add(new BodyViolation("/items/" + i + "/qty", "Min", "must be greater than or equal to 1",
              BodyViolation.Kind.CONSTRAINT, Map.of("value", 1L)));
        }
        JsonNode sku = line.path("sku");
        if (!sku.isString() || sku.asString().isBlank()) {
          violations.add(BodyViolation.constraint("/items/" + i + "/sku", "NotBlank", "must not be blank"));
        }
      }
    }
    return violations;
  }

  @Override
  public String description() {
    return "test(Order)";
  }
}
