package dev.fastpath.autoconfigure.web.validation;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The validated controllers, one of them with a custom constraint: Fastpath needs its Bean Validation fallback. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({OrderController.class, CouponController.class})
public class BeanValidationApplication {}
