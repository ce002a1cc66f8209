package dev.fastpath.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fastpath.autoconfigure.FastpathProperties;
import dev.fastpath.routing.ExecutionMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import reactor.core.publisher.Mono;

class ControllerRouteCompilerTests {

  @RestController
  @RequestMapping({"/a", "/b"})
  static class Listed {
    @GetMapping({"/x", "y"})
    String blocking() {
      return "x";
    }

    @NonBlocking
    @PostMapping("/fast")
    String fast() {
      return "fast";
    }

    @GetMapping("/future")
    CompletableFuture<String> future() {
      return CompletableFuture.completedFuture("f");
    }

    @GetMapping("/mono")
    Mono<String> mono() {
      return Mono.just("m");
    }
  }

  @RestController
  static class First {
    @GetMapping("/same")
    String one() {
      return "1";
    }
  }

  @RestController
  static class Second {
    @GetMapping("/same")
    String two() {
      return "2";
    }
  }

  @RestController
  static class ValidatedBody {
    @PostMapping("/orders")
    String create(@Valid @RequestBody List<String> order) {
      return "ok";
    }
  }

  @RestController
  static class BodyOnGet {
    @GetMapping("/search")
    String search(@RequestBody String query) {
      return query;
    }
  }

  @RestController
  static class ModelAttributeParameter {
    @GetMapping("/filter")
    String filter(Filter filter) {
      return "f";
    }
  }

  static class Filter {
    public String name;
  }

  @RestController
  static class DeferredReturn {
    @GetMapping("/deferred")
    DeferredResult<String> deferred() {
      return new DeferredResult<>();
    }
  }

  @RestController
  static class WithInitBinder {
    @InitBinder
    void init(WebDataBinder binder) {}

    @GetMapping("/bound")
    String bound() {
      return "b";
    }
  }

  @Controller
  static class ViewController {
    @GetMapping("/page")
    String page() {
      return "page";
    }
  }

  @RestController
  static class MethodValidation {
    @GetMapping("/min")
    String min(@RequestParam @Min(1) int count) {
      return "c";
    }
  }

  @RestController
  static class Cors {
    @org.springframework.web.bind.annotation.CrossOrigin
    @GetMapping("/cors")
    String cors() {
      return "c";
    }
  }

  @RestController
  static class Versioned {
    @GetMapping(path = "/versioned", version = "1.1")
    String versioned() {
      return "v";
    }
  }

  @Test
  void rejectsCorsAndApiVersioning() {
    assertThatThrownBy(() -> routes(Cors.class)).hasMessageContaining("#cors()").hasMessageContaining("@CrossOrigin");
    assertThatThrownBy(() -> routes(Versioned.class)).hasMessageContaining("#versioned()")
        .hasMessageContaining("API versioning");
  }

  @Test
  void listsOneRoutePerMethodAndCombinedTemplateWithItsExecutionMode() {
    List<RouteDescription> routes = routes(Listed.class);

    assertThat(routes).filteredOn(r -> !r.template().equals("/**")).extracting(r -> r.method() + " " + r.template())
        .containsExactly("POST /a/fast", "GET /a/future", "GET /a/mono", "GET /a/x", "GET /a/y", "POST /b/fast",
            "GET /b/future", "GET /b/mono", "GET /b/x", "GET /b/y");
    assertThat(routes).filteredOn(r -> r.template().equals("/a/x")).singleElement()
        .satisfies(r -> {
          assertThat(r.executionMode()).isEqualTo(ExecutionMode.OFFLOAD);
          assertThat(r.handler()).isEqualTo(Listed.class.getName() + "#blocking()");
          assertThat(r.validator()).isEqualTo("-");
        });
    assertThat(routes).filteredOn(r -> r.template().endsWith("/fast") || r.template().endsWith("/future")
        || r.template().endsWith("/mono")).extracting(RouteDescription::executionMode)
        .containsOnly(ExecutionMode.EVENT_LOOP);
  }

  @Test
  void runsEveryMethodOnTheEventLoopWhenTheDefaultModeIsEventLoop() {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      FastpathProperties properties = new FastpathProperties();
      properties.getExecution().setDefaultMode(FastpathProperties.ExecutionDefault.EVENT_LOOP);
      context.registerBean(FastpathProperties.class, () -> properties);
      context.register(FastpathControllersConfiguration.class, Listed.class);
      context.refresh();
      assertThat(context.getBean(ControllerRoutes.class).routes()).filteredOn(r -> !r.template().equals("/**"))
          .hasSize(10).extracting(RouteDescription::executionMode).containsOnly(ExecutionMode.EVENT_LOOP);
    }
  }

  @Test
  void rejectsAmbiguousMappingsNamingBothMethods() {
    assertThatThrownBy(() -> routes(First.class, Second.class))
        .hasMessageContaining("Ambiguous mapping")
        .hasMessageContaining(First.class.getName()).hasMessageContaining("one()")
        .hasMessageContaining(Second.class.getName()).hasMessageContaining("two()")
        .hasMessageContaining("/same");
  }

  @Test
  void rejectsValidatedBodiesTheDtoCompilerCannotCompileNamingTheReason() {
    assertThatThrownBy(() -> routes(ValidatedBody.class))
        .isInstanceOf(dev.fastpath.autoconfigure.web.bind.UnsupportedHandlerException.class)
        .hasMessageContaining(ValidatedBody.class.getName() + "#create(List)")
        .hasMessageContaining("parameter 0 (order)")
        .hasMessageContaining("java.util.List<java.lang.String> cannot be precompiled")
        .hasMessageContaining("fastpath.validation.bean-validation-fallback=true");
  }

  @Test
  void rejectsRequestBodyOnGet() {
    assertThatThrownBy(() -> routes(BodyOnGet.class))
        .hasMessageContaining(BodyOnGet.class.getName() + "#search(String)")
        .hasMessageContaining("@RequestBody on a GET mapping");
  }

  @Test
  void rejectsModelAttributeBinding() {
    assertThatThrownBy(() -> routes(ModelAttributeParameter.class))
        .hasMessageContaining("#filter(Filter)").hasMessageContaining(Filter.class.getName())
        .hasMessageContaining("not supported");
  }

  @Test
  void rejectsUnsupportedReturnTypes() {
    assertThatThrownBy(() -> routes(DeferredReturn.class))
        .hasMessageContaining("#deferred()").hasMessageContaining("DeferredResult");
  }

  @Test
  void rejectsInitBinderMethods() {
    assertThatThrownBy(() -> routes(WithInitBinder.class))
        .hasMessageContaining("#init(WebDataBinder)").hasMessageContaining("@InitBinder");
  }

  @Test
  void rejectsViewBasedControllerMethods() {
    assertThatThrownBy(() -> routes(ViewController.class))
        .hasMessageContaining("#page()").hasMessageContaining("add @ResponseBody");
  }

  @Test
  void rejectsMethodValidationOnParameters() {
    assertThatThrownBy(() -> routes(MethodValidation.class))
        .hasMessageContaining("#min(int)").hasMessageContaining("method validation (@Min");
  }

  private static List<RouteDescription> routes(Class<?>... controllers) {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      context.register(FastpathControllersConfiguration.class);
      context.register(controllers);
      context.refresh();
      return context.getBean(ControllerRoutes.class).routes();
    }
  }
}
