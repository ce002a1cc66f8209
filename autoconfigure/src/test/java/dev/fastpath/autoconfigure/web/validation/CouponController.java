package dev.fastpath.autoconfigure.web.validation;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A controller whose body needs the Bean Validation fallback. */
@RestController
public class CouponController {

  @PostMapping("/coupons")
  Coupon redeem(@Valid @RequestBody Coupon coupon) {
    return coupon;
  }
}
