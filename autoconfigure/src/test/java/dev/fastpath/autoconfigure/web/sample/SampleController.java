package dev.fastpath.autoconfigure.web.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** An ordinary Spring controller exercising every supported feature on literal paths. */
@RestController
@RequestMapping("/api")
public class SampleController {

  @GetMapping("/hello")
  String hello() {
    return "Hello";
  }

  @GetMapping("/bytes")
  byte[] bytes() {
    return new byte[] {1, 2, 3};
  }

  @GetMapping("/item")
  Item item() {
    return new Item("pen", 2, List.of("blue"));
  }

  @GetMapping("/items")
  List<Item> items() {
    return List.of(new Item("a", 1, List.of()), new Item("b", 2, List.of("x")));
  }

  @GetMapping("/map")
  Map<String, Object> map() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("one", 1);
    map.put("list", List.of("x", "y"));
    return map;
  }

  @GetMapping("/nothing")
  Item nothing() {
    return null;
  }

  @GetMapping("/void")
  void noBody() {
  }

  @PostMapping("/created")
  @ResponseStatus(HttpStatus.CREATED)
  Item create(@RequestBody Item item) {
    return item;
  }

  @GetMapping("/entity")
  ResponseEntity<Item> entity(@RequestParam(defaultValue = "200") int status) {
    return ResponseEntity.status(status).header("X-Custom", "c").body(new Item("e", status, List.of()));
  }

  @DeleteMapping("/items")
  ResponseEntity<Void> delete() {
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/items")
  Item put(@RequestBody Item item) {
    return new Item(item.name() + "!", item.qty() + 1, item.tags());
  }

  @PatchMapping("/items")
  String patch(@RequestBody Map<String, Object> changes) {
    return "patched " + changes.keySet();
  }

  @GetMapping("/query")
  Map<String, Object> query(@RequestParam String name, @RequestParam(defaultValue = "1") int count,
      @RequestParam Optional<Long> id, @RequestParam(required = false) Boolean flag) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", name);
    map.put("count", count);
    map.put("id", id.orElse(null));
    map.put("flag", flag);
    return map;
  }

  @GetMapping("/int")
  int intParam(@RequestParam int value, @RequestParam(required = false) Integer boxed) {
    return value + (boxed != null ? boxed : 0);
  }

  @GetMapping("/plain-param")
  String plainParam(String word) {
    return "word=" + word;
  }

  @GetMapping("/multi")
  List<Long> multi(@RequestParam List<Long> ids) {
    return ids;
  }

  @GetMapping("/array")
  int arrayLength(@RequestParam String[] values) {
    return values.length;
  }

  @GetMapping("/enum")
  String color(@RequestParam Color color) {
    return color.name();
  }

  @GetMapping("/uuid")
  String uuid(@RequestParam UUID id) {
    return id.toString();
  }

  @GetMapping("/date")
  String date(@RequestParam LocalDate day) {
    return day.plusDays(1).toString();
  }

  @GetMapping("/all-params")
  Map<String, String> allParams(@RequestParam Map<String, String> all) {
    return all;
  }

  @GetMapping("/header")
  String header(@RequestHeader("X-Token") String token) {
    return "token=" + token;
  }

  @GetMapping("/header-int")
  int headerInt(@RequestHeader("X-Count") int count) {
    return count * 2;
  }

  @GetMapping("/header-optional")
  String headerOptional(@RequestHeader(name = "X-Opt", required = false) String value) {
    return "opt=" + value;
  }

  @GetMapping("/http-headers")
  String httpHeaders(@RequestHeader HttpHeaders headers) {
    return "x-one=" + headers.getFirst("X-One");
  }

  @GetMapping("/cookie")
  String cookie(@CookieValue("session") String session) {
    return "session=" + session;
  }

  @PostMapping("/echo")
  Item echo(@RequestBody Item item) {
    return item;
  }

  @PostMapping("/echo-list")
  int echoList(@RequestBody List<Item> items) {
    return items.size();
  }

  @PostMapping("/echo-string")
  String echoString(@RequestBody String body) {
    return "got " + body;
  }

  @PostMapping("/echo-bytes")
  byte[] echoBytes(@RequestBody byte[] body) {
    return body;
  }

  @PostMapping("/optional-body")
  String optionalBody(@RequestBody(required = false) Item item) {
    return item == null ? "none" : item.name();
  }

  @GetMapping(path = "/produces-json", produces = MediaType.APPLICATION_JSON_VALUE)
  Item producesJson() {
    return new Item("json", 1, List.of());
  }

  @GetMapping(path = "/produces-text", produces = MediaType.TEXT_PLAIN_VALUE)
  String producesText() {
    return "text";
  }

  @PostMapping(path = "/consumes", consumes = MediaType.APPLICATION_JSON_VALUE)
  String consumes(@RequestBody Item item) {
    return "consumed " + item.name();
  }

  @GetMapping(path = "/cond", params = "mode=a")
  String modeA() {
    return "A";
  }

  @GetMapping(path = "/cond", params = "mode=b")
  String modeB() {
    return "B";
  }

  @GetMapping(path = "/versioned", headers = "X-Version=2")
  String version2() {
    return "v2";
  }

  @GetMapping(path = "/negotiate", produces = MediaType.APPLICATION_JSON_VALUE)
  Item negotiateJson() {
    return new Item("negotiated", 1, List.of());
  }

  @GetMapping(path = "/negotiate", produces = MediaType.TEXT_PLAIN_VALUE)
  String negotiateText() {
    return "negotiated";
  }

  @GetMapping("/rse")
  String rse() {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "item missing");
  }

  @GetMapping("/rse-plain")
  String rsePlain() {
    throw new ResponseStatusException(HttpStatus.CONFLICT);
  }

  @GetMapping("/teapot")
  String teapot() {
    throw new TeapotException();
  }

  @GetMapping("/boom")
  String boom() {
    throw new IllegalStateException("boom");
  }

  @GetMapping("/local")
  String local() {
    throw new LocalException("handled locally");
  }

  @GetMapping("/advised")
  String advised() {
    throw new AdvisedException("handled globally");
  }

  @GetMapping("/unsupported")
  String unsupported() {
    throw new UnsupportedOperationException("later");
  }

  @GetMapping("/arithmetic")
  String arithmetic() {
    throw new ArithmeticException("divide by zero");
  }

  @GetMapping("/problem")
  ProblemDetail problem() {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "bad input");
    detail.setProperty("hint", "check it");
    return detail;
  }

  @GetMapping("/error-response")
  String errorResponse() {
    throw new ErrorResponseException(HttpStatus.CONFLICT);
  }

  @GetMapping("/async")
  CompletableFuture<Item> async() {
    return CompletableFuture.supplyAsync(() -> new Item("async", 1, List.of()));
  }

  @GetMapping("/async-fail")
  CompletableFuture<Item> asyncFail() {
    return CompletableFuture.failedFuture(new ResponseStatusException(HttpStatus.GONE, "gone"));
  }

  @GetMapping("/async-entity")
  CompletableFuture<ResponseEntity<String>> asyncEntity() {
    return CompletableFuture.completedFuture(ResponseEntity.accepted().body("later"));
  }

  @GetMapping("/mono")
  Mono<Item> mono() {
    return Mono.just(new Item("mono", 1, List.of()));
  }

  @GetMapping("/mono-empty")
  Mono<Item> monoEmpty() {
    return Mono.empty();
  }

  @GetMapping("/mono-error")
  Mono<Item> monoError() {
    return Mono.error(new LocalException("mono failed"));
  }

  @RequestMapping("/any")
  String any(org.springframework.http.HttpMethod method) {
    return "any " + method.name();
  }

  @RequestMapping(path = "/get-or-post", method = {RequestMethod.GET, RequestMethod.POST})
  String getOrPost() {
    return "gp";
  }

  @GetMapping("/etag")
  ResponseEntity<String> etag() {
    return ResponseEntity.ok().eTag("\"v1\"").body("tagged");
  }

  @GetMapping("/string-json")
  ResponseEntity<String> stringWithType() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"raw\":true}");
  }

  @ExceptionHandler(LocalException.class)
  ResponseEntity<Map<String, String>> handleLocal(LocalException ex) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("local", ex.getMessage()));
  }
}
