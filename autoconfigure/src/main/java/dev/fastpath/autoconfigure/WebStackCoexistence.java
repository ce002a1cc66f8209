package dev.fastpath.autoconfigure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * Says, once at start-up, what happens to another web stack found on the class path: Fastpath serves the
 * application and the other stack's server never starts, so its handlers receive no requests. A warning
 * names the dependency to exclude, so the choice is never silent.
 */
final class WebStackCoexistence {

  private static final Logger logger = LoggerFactory.getLogger(WebStackCoexistence.class);

  private WebStackCoexistence() {}

  static void report(ClassLoader classLoader) {
    if (ClassUtils.isPresent("org.springframework.web.servlet.DispatcherServlet", classLoader)) {
      logger.warn("Spring MVC (spring-webmvc, e.g. from spring-boot-starter-webmvc or spring-boot-starter-web) is on "
          + "the class path: Fastpath serves the application, no servlet container is started and Spring MVC's "
          + "DispatcherServlet receives no requests. Exclude org.springframework.boot:spring-boot-starter-webmvc "
          + "(or -web) unless you need it for something else, or set spring.main.web-application-type=servlet to "
          + "run Spring MVC instead of Fastpath.");
    }
    if (ClassUtils.isPresent("org.springframework.web.reactive.DispatcherHandler", classLoader)) {
      logger.warn("Spring WebFlux (spring-webflux, e.g. from spring-boot-starter-webflux) is on the class path: "
          + "Fastpath serves the application, Reactor Netty is not started and WebFlux's handlers receive no "
          + "requests. Exclude org.springframework.boot:spring-boot-starter-webflux unless you need it for "
          + "something else (for WebClient alone, depend on spring-boot-starter-webclient).");
    }
  }
}
