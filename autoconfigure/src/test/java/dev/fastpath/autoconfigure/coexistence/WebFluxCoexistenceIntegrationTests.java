package dev.fastpath.autoconfigure.coexistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fastpath.autoconfigure.FastpathReactiveWebServerFactory;
import dev.fastpath.autoconfigure.FastpathWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.reactive.ReactiveWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * With spring-boot-starter-webflux also on the class path (Reactor Netty, WebFlux): Fastpath's factory is
 * the only one, Fastpath alone binds the port, and a warning names the dependency to exclude.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebFluxCoexistenceIntegrationTests {

  @Test
  void fastpathIsTheOnlyServerAndTheChoiceIsLogged(CapturedOutput output) throws Exception {
    assertThat(ClassUtils.isPresent("reactor.netty.http.server.HttpServer", null)).as("Reactor Netty present").isTrue();
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoexistenceApp.class)
        .properties("server.port=0", "server.address=127.0.0.1").run()) {
      assertThat(context.getBeansOfType(ReactiveWebServerFactory.class)).hasSize(1).allSatisfy(
          (name, factory) -> assertThat(factory).isInstanceOf(FastpathReactiveWebServerFactory.class));
      WebServerApplicationContext web = (WebServerApplicationContext) context;
      assertThat(web.getWebServer()).isInstanceOf(FastpathWebServer.class);
      assertThat(CoexistenceApp.get(web.getWebServer().getPort(), "/hello").body()).isEqualTo("hello");
      assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("reactor-http"));
    }
    assertThat(output).contains("Exclude org.springframework.boot:spring-boot-starter-webflux");
  }
}
