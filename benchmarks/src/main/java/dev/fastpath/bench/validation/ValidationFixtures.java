package dev.fastpath.bench.validation;

import java.nio.charset.StandardCharsets;

/**
 * Schemas and documents for the validation benchmarks: the bench contract's {@code POST /orders} body (see
 * {@code shared/bench/README.md}) with one and with 100 items, and a ~10 KB customer list.
 */
public final class ValidationFixtures {

  /** The /orders contract as JSON Schema 2020-12. */
  public static final String ORDERS_SCHEMA = """
      {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
       "required":["customerId","items"],
       "properties":{
         "customerId":{"type":"string","minLength":1,"maxLength":64,"pattern":"\\\\S"},
         "items":{"type":"array","minItems":1,"maxItems":100,"items":{
           "type":"object","required":["sku","qty"],
           "properties":{
             "sku":{"type":"string","pattern":"^[A-Z0-9-]{3,32}$"},
             "qty":{"type":"integer","minimum":1,"maximum":1000}}}},
         "note":{"type":"string","maxLength":200}}}
      """;

  /** A customer list: nested objects, arrays, enums, numbers with bounds, patterns. */
  public static final String CUSTOMERS_SCHEMA = """
      {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","required":["customers"],
       "properties":{"customers":{"type":"array","maxItems":1000,"items":{"$ref":"#/$defs/customer"}}},
       "$defs":{
         "customer":{"type":"object","required":["id","name","email","status"],"additionalProperties":false,
           "properties":{
             "id":{"type":"integer","minimum":1},
             "name":{"type":"string","minLength":1,"maxLength":100},
             "email":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$"},
             "status":{"enum":["active","suspended","closed"]},
             "balance":{"type":"number","minimum":-1000000,"maximum":1000000},
             "tags":{"type":"array","items":{"type":"string","maxLength":20},"uniqueItems":true},
             "address":{"type":"object","required":["city"],"properties":{
               "street":{"type":"string"},"city":{"type":"string"},"zip":{"type":"string","pattern":"^[0-9]{5}$"}}}}}}}
      """;

  private ValidationFixtures() {
  }

  /** An order with {@code items} lines. */
  public static byte[] order(int items) {
    StringBuilder json = new StringBuilder("{\"customerId\":\"customer-42\",\"items\":[");
    for (int i = 0; i < items; i++) {
      json.append(i == 0 ? "" : ",").append("{\"sku\":\"SKU-").append(10000 + i).append("\",\"qty\":")
          .append(1 + i % 999).append('}');
    }
    return json.append("],\"note\":\"leave at the door\"}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A customer list of about 10 KB. */
  public static byte[] customers() {
    StringBuilder json = new StringBuilder("{\"customers\":[");
    for (int i = 0; i < 48; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1).append(",\"name\":\"Customer Number ").append(i)
          .append("\",\"email\":\"customer").append(i).append("@example.com\",\"status\":\"")
          .append(i % 3 == 0 ? "active" : i % 3 == 1 ? "suspended" : "closed").append("\",\"balance\":")
          .append(i * 12.5 - 100).append(",\"tags\":[\"t").append(i).append("\",\"gold\",\"eu\"],")
          .append("\"address\":{\"street\":\"").append(i).append(" Main Street\",\"city\":\"Springfield\",\"zip\":\"")
          .append(10000 + i).append("\"}}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
