package dev.fastpath.autoconfigure.web.sample;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@link SampleApplication} on Fastpath or on Spring MVC + Tomcat, each on a random local port.
 */
public final class SampleServers {

  private static final String MVC_AUTO_CONFIGURATIONS = String.join(",",
      "org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.WebMvcObservationAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
      "org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration",
      "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration");

  private SampleServers() {}

  public static ConfigurableApplicationContext fastpath(String... properties) {
    return fastpath(SampleApplication.class, properties);
  }

  public static ConfigurableApplicationContext springMvc(String... properties) {
    return springMvc(SampleApplication.class, properties);
  }

  public static ConfigurableApplicationContext fastpath(Class<?> application, String... properties) {
    List<String> all = new ArrayList<>(List.of(properties));
    all.add("spring.autoconfigure.exclude=" + MVC_AUTO_CONFIGURATIONS);
    return start(application, WebApplicationType.REACTIVE, all);
  }

  public static ConfigurableApplicationContext springMvc(Class<?> application, String... properties) {
    List<String> all = new ArrayList<>(List.of(properties));
    all.add("spring.autoconfigure.exclude=dev.fastpath.autoconfigure.FastpathAutoConfiguration");
    return start(application, WebApplicationType.SERVLET, all);
  }

  private static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type,
      List<String> properties) {
    List<String> all = new ArrayList<>(properties);
    all.add("server.port=0");
    all.add("server.address=127.0.0.1");
    all.add("spring.main.banner-mode=off");
    return new SpringApplicationBuilder(application).web(type).properties(all.toArray(String[]::new)).run();
  }

  public static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
