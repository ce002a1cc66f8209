package dev.fastpath.autoconfigure.web.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A validated request body. */
public class Order {

  @NotBlank
  private String customerId;

  @Valid
  @Size(min = 1, max = 3)
  private List<Line> items;

  public String getCustomerId() {
    return this.customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  public List<Line> getItems() {
    return this.items;
  }

  public void setItems(List<Line> items) {
    this.items = items;
  }

  /** One order line. */
  public static class Line {

    @NotBlank
    private String sku;

    @Min(1)
    private int qty;

    public String getSku() {
      return this.sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public int getQty() {
      return this.qty;
    }

    public void setQty(int qty) {
      this.qty = qty;
    }
  }
}
