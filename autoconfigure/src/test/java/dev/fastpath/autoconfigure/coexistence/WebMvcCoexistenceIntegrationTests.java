package dev.fastpath.autoconfigure.coexistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.FastpathWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * With spring-boot-starter-webmvc also on the class path (Tomcat, Spring MVC): Fastpath's deducer makes
 * the context reactive, so no servlet context and no Tomcat are created; {@code
 * spring.main.web-application-type=servlet} is the documented way back to Spring MVC.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebMvcCoexistenceIntegrationTests {

  @Test
  void fastpathServesAndTomcatNeverStarts(CapturedOutput output) throws Exception {
    assertThat(ClassUtils.isPresent("org.apache.catalina.startup.Tomcat", null)).as("Tomcat present").isTrue();
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoexistenceApp.class)
        .properties("server.port=0", "server.address=127.0.0.1").run()) {
      assertThat(context).isInstanceOf(ReactiveWebApplicationContext.class);
      WebServerApplicationContext web = (WebServerApplicationContext) context;
      assertThat(web.getWebServer()).isInstanceOf(FastpathWebServer.class);
      assertThat(context.getBeanNamesForType(ClassUtils.resolveClassName(
          "org.springframework.boot.web.server.servlet.ServletWebServerFactory", null))).isEmpty();
      assertThat(CoexistenceApp.get(web.getWebServer().getPort(), "/hello").body()).isEqualTo("hello");
    }
    assertThat(output).doesNotContain("Tomcat started").doesNotContain("Tomcat initialized")
        .contains("Exclude org.springframework.boot:spring-boot-starter-webmvc");
  }

  @Test
  void servletTypeOptsOutOfFastpath() throws Exception {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoexistenceApp.class)
        .properties("server.port=0", "server.address=127.0.0.1", "spring.main.web-application-type=servlet").run()) {
      WebServerApplicationContext web = (WebServerApplicationContext) context;
      assertThat(web.getWebServer()).isNotInstanceOf(FastpathWebServer.class);
      assertThat(web.getWebServer().getClass().getName()).contains("Tomcat");
    }
  }
}
