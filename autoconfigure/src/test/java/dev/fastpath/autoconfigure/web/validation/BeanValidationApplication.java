package dev.fastpath.autoconfigure.web.validation;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The validated controller without a precompiled validator: Fastpath needs its Bean Validation fallback. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(OrderController.class)
public class BeanValidationApplication {}
