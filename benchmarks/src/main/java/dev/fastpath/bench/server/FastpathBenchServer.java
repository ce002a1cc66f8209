package dev.fastpath.bench.server;

import dev.fastpath.http.HttpMethod;
import dev.fastpath.http.HttpRequest;
import dev.fastpath.http.HttpResponse;
import dev.fastpath.routing.ExecutionMode;
import dev.fastpath.routing.Route;
import dev.fastpath.routing.Router;
import dev.fastpath.transport.FastServer;
import dev.fastpath.transport.ServerConfig;
import dev.fastpath.transport.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench contract on the Fastpath engine alone (no Spring): every handler runs on the event loop,
 * JSON goes through Jackson 3 directly. Port: first argument, else {@code PORT}, else 8080. The transport
 * is {@code AUTO} unless the environment variable {@code FASTPATH_TRANSPORT} names another.
 *
 * <pre>{@code java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar \
 *     dev.fastpath.bench.server.FastpathBenchServer 8080}</pre>
 */
public final class FastpathBenchServer {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final Pattern SKU = Pattern.compile("^[A-Z0-9-]{3,32}$");
  private static final byte[] HELLO = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
  private static final String TEXT_PLAIN = "text/plain";
  private static final String APPLICATION_JSON = "application/json";

  private FastpathBenchServer() {}

  record Message(String message) {}

  record User(long id, String name) {}

  record Item(@Nullable String sku, @Nullable Integer qty) {}

  record Order(@Nullable String customerId, @Nullable List<Item> items, @Nullable String note) {}

  record OrderResult(String customerId, int lines, int units) {}

  record ApiError(String error, List<String> details) {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args.length > 0 ? args[0] : System.getenv().getOrDefault("PORT", "8080"));
    Router router = Router.builder()
        .add(new Route(HttpMethod.GET, "/plaintext",
            (req, res) -> res.setHeader("Content-Type", TEXT_PLAIN).send(HELLO), ExecutionMode.EVENT_LOOP))
        .add(new Route(HttpMethod.GET, "/json",
            (req, res) -> json(res, 200, new Message("Hello, World!")), ExecutionMode.EVENT_LOOP))
        .add(new Route(HttpMethod.GET, "/users/{id}", FastpathBenchServer::user, ExecutionMode.EVENT_LOOP))
        .add(new Route(HttpMethod.POST, "/orders", FastpathBenchServer::order, ExecutionMode.EVENT_LOOP))
        .build();
    FastServer server = FastServer.builder()
        .config(ServerConfig.builder().host("0.0.0.0").port(port).maxBodySize(1 << 20)
            .transport(Transport.valueOf(System.getenv().getOrDefault("FASTPATH_TRANSPORT", "AUTO")))
            .build())
        .router(router)
        .start();
    System.out.println("fastpath listening on " + server.port() + " (" + server.metrics().eventLoops() + " event loops)");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutdownGracefully(Duration.ofSeconds(2))
        .toCompletableFuture().join()));
    Thread.currentThread().join();
  }

  private static void user(HttpRequest request, HttpResponse response) {
    long id;
    try {
      id = Long.parseLong(request.pathVariable(0));
    } catch (NumberFormatException ex) {
      json(response, 400, new ApiError("id must be a number", List.of()));
      return;
    }
    json(response, 200, new User(id, "user-" + id));
  }

  private static void order(HttpRequest request, HttpResponse response) {
    Order order;
    try {
      byte[] body = request.body().toByteArray();
      order = MAPPER.readValue(body, Order.class);
    } catch (RuntimeException ex) {
      json(response, 400, new ApiError("malformed JSON", List.of()));
      return;
    }
    if (order == null) {
      json(response, 400, new ApiError("malformed JSON", List.of()));
      return;
    }
    List<String> problems = new ArrayList<>(0);
    String customerId = order.customerId();
    if (customerId == null || customerId.isBlank()) {
      problems.add("customerId: must not be blank");
    } else if (customerId.length() > 64) {
      problems.add("customerId: size must be at most 64");
    }
    if (order.note() != null && order.note().length() > 200) {
      problems.add("note: size must be at most 200");
    }
    int units = 0;
    List<Item> items = order.items();
    if (items == null || items.isEmpty() || items.size() > 100) {
      problems.add("items: size must be between 1 and 100");
    } else {
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        if (item == null) {
          problems.add("items[" + i + "]: must not be null");
          continue;
        }
        if (item.sku() == null || !SKU.matcher(item.sku()).matches()) {
          problems.add("items[" + i + "].sku: invalid");
        }
        if (item.qty() == null || item.qty() < 1 || item.qty() > 1000) {
          problems.add("items[" + i + "].qty: must be 1..1000");
        } else {
          units += item.qty();
        }
      }
    }
    if (!problems.isEmpty() || customerId == null || items == null) {
      json(response, 400, new ApiError("validation failed", problems));
      return;
    }
    json(response, 201, new OrderResult(customerId, items.size(), units));
  }

  private static void json(HttpResponse response, int status, Object value) {
    response.status(status).setHeader("Content-Type", APPLICATION_JSON).send(MAPPER.writeValueAsBytes(value));
  }
}
