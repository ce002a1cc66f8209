package dev.fastpath.autoconfigure.metrics;

import dev.fastpath.autoconfigure.FastpathWebServer;
import dev.fastpath.metrics.ServerMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Registers the engine's live gauges once the application's Fastpath server has started (the management
 * server, when {@code management.server.port} is separate, is not measured). Each gauge reads the running
 * server on every poll and reports {@code NaN} once it has stopped.
 */
public final class FastpathServerMeters implements ApplicationListener<WebServerInitializedEvent> {

  private static final String MANAGEMENT_NAMESPACE = "management";

  private final MeterRegistry registry;

  public FastpathServerMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    WebServer webServer = event.getWebServer();
    if (webServer instanceof FastpathWebServer server
        && !WebServerApplicationContext.hasServerNamespace(event.getApplicationContext(), MANAGEMENT_NAMESPACE)) {
      bind(server);
    }
  }

  void bind(FastpathWebServer server) {
    gauge(server, "fastpath.connections.active", "connections", "Connections open now",
        ServerMetrics::activeConnections);
    FunctionCounter.builder("fastpath.connections.total", server, s -> read(s, ServerMetrics::totalConnections))
        .baseUnit("connections").description("Connections accepted since start").register(this.registry);
    gauge(server, "fastpath.connections.accepting", null,
        "1 while the listeners accept connections, 0 at the connection limit or when shut down",
        m -> m.accepting() ? 1 : 0);
    gauge(server, "fastpath.requests.active", "requests",
        "Requests received whose response has not been handed to the connection yet", ServerMetrics::requestsInFlight);
    gauge(server, "fastpath.requests.offloaded.active", "requests", "Handlers running on virtual threads now",
        ServerMetrics::offloadedInFlight);
    gauge(server, "fastpath.event-loops", "threads", "Number of event loops", ServerMetrics::eventLoops);
    gauge(server, "fastpath.event-loops.pending-tasks", "tasks", "Tasks queued on all event loops",
        ServerMetrics::pendingTasks);
    Gauge.builder("fastpath.buffers.used", server, s -> read(s, ServerMetrics::usedDirectMemory)).tag("memory", "direct")
        .baseUnit("bytes").description("Memory held by the pooled buffer allocator").register(this.registry);
    Gauge.builder("fastpath.buffers.used", server, s -> read(s, ServerMetrics::usedHeapMemory)).tag("memory", "heap")
        .baseUnit("bytes").description("Memory held by the pooled buffer allocator").register(this.registry);
  }

  private void gauge(FastpathWebServer server, String name, @Nullable String baseUnit, String description,
      ToDoubleFunction<ServerMetrics> value) {
    Gauge.builder(name, server, s -> read(s, value)).baseUnit(baseUnit).description(description)
        .register(this.registry);
  }

  private static double read(FastpathWebServer server, ToDoubleFunction<ServerMetrics> value) {
    ServerMetrics metrics = server.getMetrics();
    return metrics != null ? value.applyAsDouble(metrics) : Double.NaN;
  }
}
