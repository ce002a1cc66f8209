package dev.fastpath.bench.dispatch;

import dev.fastpath.autoconfigure.web.ControllerRoutes;
import dev.fastpath.autoconfigure.web.FastpathControllersConfiguration;
import dev.fastpath.http.HttpMethod;
import dev.fastpath.routing.RouteMatch;
import dev.fastpath.routing.Router;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The two dispatchers under test, each serving {@link BenchController}: Fastpath's compiled routes
 * (route lookup in the router, then the route's handler) and Spring MVC's {@link DispatcherServlet}
 * ({@code @EnableWebMvc}, Jackson 3), both called directly with in-memory requests.
 */
final class Dispatchers {

  static final String ORDER_JSON = "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"a\",\"qty\":2},"
      + "{\"sku\":\"b\",\"qty\":3},{\"sku\":\"c\",\"qty\":1}]}";

  private Dispatchers() {}

  /** Fastpath: the router and the compiled handlers of a plain Spring context. */
  static final class Fastpath implements AutoCloseable {

    private final AnnotationConfigApplicationContext context;
    private final Router router;

    Fastpath() {
      this.context = new AnnotationConfigApplicationContext();
      this.context.register(FastpathControllersConfiguration.class, BenchController.class);
      this.context.refresh();
      this.router = this.context.getBean(ControllerRoutes.class).router();
    }

    /** Routes and serves one request; returns the body sent. */
    byte[] serve(HttpMethod method, String path, String[] headers, byte[] body) throws Exception {
      RouteMatch match = new RouteMatch();
      this.router.find(method, path, match);
      InMemoryExchange exchange = new InMemoryExchange(method, path, headers, body, match);
      match.route().handler().handle(exchange, exchange);
      return exchange.sent();
    }

    @Override
    public void close() {
      this.context.close();
    }
  }

  /** Spring MVC: a {@code DispatcherServlet} over {@code @EnableWebMvc}. */
  static final class SpringMvc implements AutoCloseable {

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @Import(BenchController.class)
    static class MvcConfiguration {}

    private final AnnotationConfigWebApplicationContext context;
    private final DispatcherServlet servlet;

    SpringMvc() throws ServletException {
      this.context = new AnnotationConfigWebApplicationContext();
      this.context.register(MvcConfiguration.class);
      MockServletContext servletContext = new MockServletContext();
      this.context.setServletContext(servletContext);
      this.context.refresh();
      this.servlet = new DispatcherServlet(this.context);
      this.servlet.init(new MockServletConfig(servletContext, "dispatcher"));
    }

    byte[] serve(String method, String path, String contentType, byte[] body) throws ServletException, IOException {
      MockHttpServletRequest request = new MockHttpServletRequest(method, path);
      if (contentType != null) {
        request.setContentType(contentType);
        request.setContent(body);
      }
      MockHttpServletResponse response = new MockHttpServletResponse();
      this.servlet.service(request, response);
      return response.getContentAsByteArray();
    }

    @Override
    public void close() {
      this.servlet.destroy();
      this.context.close();
    }
  }
}
