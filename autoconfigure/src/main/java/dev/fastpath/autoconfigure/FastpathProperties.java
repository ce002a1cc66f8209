package dev.fastpath.autoconfigure;

import dev.fastpath.transport.Transport;
import dev.fastpath.transport.TransportProvider;
import dev.fastpath.transport.VirtualThreadCarrier;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Fastpath's settings under {@code fastpath.*}. Every default equals the engine's default (see
 * {@link dev.fastpath.transport.ServerConfig}). The bound values are checked when the context starts (this
 * class validates itself, as a Spring {@link Validator} that Boot's binder calls): an out-of-range value
 * fails start-up naming the property and the allowed range. It is deliberately not {@code @Validated}: the
 * Jakarta Validation API is on the class path (schema-validation uses its annotations), a provider such as
 * Hibernate Validator may not be, and Boot would then fail binding for want of one.
 *
 * <p>Where the server listens is Boot's {@code server.port} and {@code server.address}; how it shuts down is
 * {@code server.shutdown} and {@code spring.lifecycle.timeout-per-shutdown-phase}.
 *
 * @since 0.1
 */
@ConfigurationProperties("fastpath")
public class FastpathProperties implements Validator {

  private final TransportSettings transport = new TransportSettings();

  private final Limits limits = new Limits();

  private final Timeouts timeouts = new Timeouts();

  private final Execution execution = new Execution();

  private final Validation validation = new Validation();

  private final AccessLog accessLog = new AccessLog();

  public TransportSettings getTransport() {
    return this.transport;
  }

  public Limits getLimits() {
    return this.limits;
  }

  public Timeouts getTimeouts() {
    return this.timeouts;
  }

  public Execution getExecution() {
    return this.execution;
  }

  public Validation getValidation() {
    return this.validation;
  }

  public AccessLog getAccessLog() {
    return this.accessLog;
  }

  @Override
  public boolean supports(Class<?> type) {
    return FastpathProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    new FastpathPropertiesChecks((FastpathProperties) target, errors).run();
  }

  /** Event loops, the I/O mechanism, the engine and socket options. */
  public static class TransportSettings {

    /**
     * The I/O mechanism of the event loops: 'auto' picks io_uring if the kernel and native library allow
     * it, else epoll, else NIO, and logs the choice; 'io_uring' and 'epoll' fail start-up when unavailable.
     */
    private Transport engine = Transport.AUTO;

    /**
     * Which engine serves the routes: 'fastpath' (own strict HTTP/1.1 codec, SO_REUSEPORT accept,
     * pipelining) or 'reactor-netty' (an escape hatch that needs reactor-netty-http on the class path).
     */
    private TransportProvider provider = TransportProvider.FASTPATH;

    /** Number of event loops; 0 means one per processor available to the JVM. */
    private int eventLoops = 0;

    /**
     * With epoll or io_uring, bind one listening socket per event loop with SO_REUSEPORT so the kernel
     * spreads connections over the loops; NIO always uses one listener.
     */
    private boolean reusePort = true;

    /**
     * Path of a Unix-domain socket to listen on as well as the TCP port (or instead of it, with
     * server.port=-1). A stale socket file there is replaced; any other file fails start-up. Unset means no
     * Unix-domain socket.
     */
    private @Nullable Path unixSocket;

    /** Accept-queue length of each listening socket. */
    private int backlog = 1024;

    /** Whether to set TCP_NODELAY on accepted connections. */
    private boolean tcpNoDelay = true;

    /** Whether to set SO_KEEPALIVE on accepted connections. */
    private boolean soKeepAlive = false;

    /** SO_RCVBUF of accepted connections; 0 keeps the operating system's default. */
    private DataSize receiveBufferSize = DataSize.ofBytes(0);

    /** SO_SNDBUF of accepted connections; 0 keeps the operating system's default. */
    private DataSize sendBufferSize = DataSize.ofBytes(0);

    public Transport getEngine() {
      return this.engine;
    }

    public void setEngine(Transport engine) {
      this.engine = engine;
    }

    public TransportProvider getProvider() {
      return this.provider;
    }

    public void setProvider(TransportProvider provider) {
      this.provider = provider;
    }

    public int getEventLoops() {
      return this.eventLoops;
    }

    public void setEventLoops(int eventLoops) {
      this.eventLoops = eventLoops;
    }

    public boolean isReusePort() {
      return this.reusePort;
    }

    public void setReusePort(boolean reusePort) {
      this.reusePort = reusePort;
    }

    public @Nullable Path getUnixSocket() {
      return this.unixSocket;
    }

    public void setUnixSocket(@Nullable Path unixSocket) {
      this.unixSocket = unixSocket;
    }

    public int getBacklog() {
      return this.backlog;
    }

    public void setBacklog(int backlog) {
      this.backlog = backlog;
    }

    public boolean isTcpNoDelay() {
      return this.tcpNoDelay;
    }

    public void setTcpNoDelay(boolean tcpNoDelay) {
      this.tcpNoDelay = tcpNoDelay;
    }

    public boolean isSoKeepAlive() {
      return this.soKeepAlive;
    }

    public void setSoKeepAlive(boolean soKeepAlive) {
      this.soKeepAlive = soKeepAlive;
    }

    public DataSize getReceiveBufferSize() {
      return this.receiveBufferSize;
    }

    public void setReceiveBufferSize(DataSize receiveBufferSize) {
      this.receiveBufferSize = receiveBufferSize;
    }

    public DataSize getSendBufferSize() {
      return this.sendBufferSize;
    }

    public void setSendBufferSize(DataSize sendBufferSize) {
      this.sendBufferSize = sendBufferSize;
    }
  }

  /** Request and connection limits; a request over a size limit is answered with its status and closed. */
  public static class Limits {

    /** Longest request line (method, target, version); a longer one is answered 414 URI Too Long. */
    private DataSize maxInitialLineLength = DataSize.ofKilobytes(8);

    /** Most bytes of header field lines; more is answered 431 Request Header Fields Too Large. */
    private DataSize maxHeaderSize = DataSize.ofKilobytes(8);

    /** Most header field lines; more is answered 431 Request Header Fields Too Large. */
    private int maxHeaderCount = 100;

    /** Largest request body after chunked decoding; larger is answered 413 Content Too Large. */
    private DataSize maxBodySize = DataSize.ofMegabytes(2);

    /**
     * Pipelined requests processed at once on one connection; beyond it the engine stops reading from
     * that connection until responses are written.
     */
    private int maxInFlightPerConnection = 16;

    /**
     * Open connections over all listeners; at the limit the engine stops accepting until one closes.
     * 0 means unlimited.
     */
    private int maxConnections = 10_000;

    public DataSize getMaxInitialLineLength() {
      return this.maxInitialLineLength;
    }

    public void setMaxInitialLineLength(DataSize maxInitialLineLength) {
      this.maxInitialLineLength = maxInitialLineLength;
    }

    public DataSize getMaxHeaderSize() {
      return this.maxHeaderSize;
    }

    public void setMaxHeaderSize(DataSize maxHeaderSize) {
      this.maxHeaderSize = maxHeaderSize;
    }

    public int getMaxHeaderCount() {
      return this.maxHeaderCount;
    }

    public void setMaxHeaderCount(int maxHeaderCount) {
      this.maxHeaderCount = maxHeaderCount;
    }

    public DataSize getMaxBodySize() {
      return this.maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
      this.maxBodySize = maxBodySize;
    }

    public int getMaxInFlightPerConnection() {
      return this.maxInFlightPerConnection;
    }

    public void setMaxInFlightPerConnection(int maxInFlightPerConnection) {
      this.maxInFlightPerConnection = maxInFlightPerConnection;
    }

    public int getMaxConnections() {
      return this.maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
    }
  }

  /** Read timeouts; 0 disables one. They may fire up to a tenth of the shortest timeout late. */
  public static class Timeouts {

    /**
     * From the first byte of a request until its head is complete; past it the engine answers 408 and
     * closes the connection (defeats slowloris clients).
     */
    private Duration headerRead = Duration.ofSeconds(10);

    /** How long a keep-alive connection may wait for its next request before it is closed. */
    private Duration idle = Duration.ofSeconds(60);

    /** From the end of the request head until the body is complete; past it the engine answers 408. */
    private Duration bodyRead = Duration.ofSeconds(30);

    public Duration getHeaderRead() {
      return this.headerRead;
    }

    public void setHeaderRead(Duration headerRead) {
      this.headerRead = headerRead;
    }

    public Duration getIdle() {
      return this.idle;
    }

    public void setIdle(Duration idle) {
      this.idle = idle;
    }

    public Duration getBodyRead() {
      return this.bodyRead;
    }

    public void setBodyRead(Duration bodyRead) {
      this.bodyRead = bodyRead;
    }
  }

  /** Where handlers run. */
  public static class Execution {

    /**
     * Most virtual threads running handlers at once over the whole server (the pipelined requests of one
     * read share one); a request beyond it is answered 503 Service Unavailable with Retry-After.
     */
    private int maxConcurrency = 1024;

    /**
     * Where a handler method runs when it does not say so itself: 'auto' and 'offload' on a virtual thread,
     * 'event-loop' on the event loop (it must never block). @NonBlocking methods and CompletionStage/Mono
     * returns always run on the event loop.
     */
    private ExecutionDefault defaultMode = ExecutionDefault.AUTO;

    /**
     * Which threads carry the virtual threads of offloaded handlers: 'event-loop' runs each one as a task of
     * the event loop that read its request (no thread switch; a handler that computes for long or blocks
     * where the JDK pins the carrier holds that loop meanwhile; needs java.lang opened, else a warning and
     * 'jdk'), 'jdk' uses the JDK's virtual-thread scheduler. Only the fastpath engine.
     */
    private VirtualThreadCarrier virtualThreadCarrier = VirtualThreadCarrier.EVENT_LOOP;

    public int getMaxConcurrency() {
      return this.maxConcurrency;
    }

    public void setMaxConcurrency(int maxConcurrency) {
      this.maxConcurrency = maxConcurrency;
    }

    public ExecutionDefault getDefaultMode() {
      return this.defaultMode;
    }

    public void setDefaultMode(ExecutionDefault defaultMode) {
      this.defaultMode = defaultMode;
    }

    public VirtualThreadCarrier getVirtualThreadCarrier() {
      return this.virtualThreadCarrier;
    }

    public void setVirtualThreadCarrier(VirtualThreadCarrier virtualThreadCarrier) {
      this.virtualThreadCarrier = virtualThreadCarrier;
    }
  }

  /** Where a handler method runs unless it is annotated otherwise. */
  public enum ExecutionDefault {
    /** Methods returning CompletionStage or Mono run on the event loop, all others on virtual threads. */
    AUTO,
    /**
     * Every handler that is not {@code @NonBlocking} and returns no CompletionStage or Mono runs on a virtual
     * thread (it may block): today the same routes as {@link #AUTO}, and stays so if AUTO grows heuristics.
     */
    OFFLOAD,
    /** Every handler runs on the event loop (it must never block). */
    EVENT_LOOP
  }

  /** Precompiled validation of request bodies. */
  public static class Validation {

    /**
     * Which parser runs the precompiled validators: 'auto' uses simdjson-java where the CPU supports its
     * vector instructions and Jackson's streaming parser otherwise, 'simdjson' always (start-up fails where it
     * cannot run), 'jackson' never uses simdjson-java.
     */
    private Runner runner = Runner.AUTO;

    /**
     * What to do with a body property that the target type does not declare: 'ignore' (as Boot's Jackson
     * defaults) or 'reject' (400, as Jackson's FAIL_ON_UNKNOWN_PROPERTIES).
     */
    private UnknownProperties unknownProperties = UnknownProperties.IGNORE;

    /** Most violations reported for one request body; validation stops collecting after that many. */
    private int maxViolations = 100;

    /**
     * Whether a @Valid body that the precompiled validator cannot compile (a custom or class-level constraint,
     * validation groups, a generic body type) is validated with Bean Validation after Jackson binding instead
     * (needs a provider such as Hibernate Validator); when false such a body fails start-up.
     */
    private boolean beanValidationFallback = false;

    public Runner getRunner() {
      return this.runner;
    }

    public void setRunner(Runner runner) {
      this.runner = runner;
    }

    public UnknownProperties getUnknownProperties() {
      return this.unknownProperties;
    }

    public void setUnknownProperties(UnknownProperties unknownProperties) {
      this.unknownProperties = unknownProperties;
    }

    public int getMaxViolations() {
      return this.maxViolations;
    }

    public void setMaxViolations(int maxViolations) {
      this.maxViolations = maxViolations;
    }

    public boolean isBeanValidationFallback() {
      return this.beanValidationFallback;
    }

    public void setBeanValidationFallback(boolean beanValidationFallback) {
      this.beanValidationFallback = beanValidationFallback;
    }

    /** The parser that runs validators. */
    public enum Runner {
      /** simdjson-java where supported, else Jackson. */
      AUTO,
      /** simdjson-java always. */
      SIMDJSON,
      /** Jackson always. */
      JACKSON
    }

    /** Policy for body properties the target type does not declare. */
    public enum UnknownProperties {
      /** Ignore them, as Spring MVC with Boot's Jackson defaults does. */
      IGNORE,
      /** Report each one as a violation (400). */
      REJECT
    }
  }

  /** One line per request in Common or Combined Log Format, written off the event loop. */
  public static class AccessLog {

    /** Whether to write an access log. */
    private boolean enabled = false;

    /** Line format. */
    private Format format = Format.COMMON;

    /** Name of the logger the lines are written to (at INFO). */
    private String loggerName = "dev.fastpath.accesslog";

    /**
     * Lines waiting for the writer thread; when the queue is full further lines are dropped and counted,
     * never blocking the event loop.
     */
    private int queueCapacity = 8192;

    public boolean isEnabled() {
      return this.enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Format getFormat() {
      return this.format;
    }

    public void setFormat(Format format) {
      this.format = format;
    }

    public String getLoggerName() {
      return this.loggerName;
    }

    public void setLoggerName(String loggerName) {
      this.loggerName = loggerName;
    }

    public int getQueueCapacity() {
      return this.queueCapacity;
    }

    public void setQueueCapacity(int queueCapacity) {
      this.queueCapacity = queueCapacity;
    }

    /** Access-log line formats (as defined by Apache httpd's mod_log_config). */
    public enum Format {
      /** {@code host ident user [time] "request line" status bytes}. */
      COMMON,
      /** Common, followed by the quoted Referer and User-Agent. */
      COMBINED
    }
  }
}
