package dev.fastpath.autoconfigure.web.execution;

import dev.fastpath.autoconfigure.web.validation.OrderController;
import dev.fastpath.autoconfigure.web.validation.ValidationApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Thread reporting plus the validated order endpoint, on Fastpath only. */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration",
    "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
    "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
    "org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration",
    "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration"})
@Import({ThreadController.class, OrderController.class, ValidationApplication.class})
public class ExecutionApplication {}
