package dev.fastpath.transport;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerDomainSocketChannel;
import io.netty.channel.uring.IoUringServerSocketChannel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A concrete transport chosen from {@link Transport}: its I/O handler and listener channel types. Only
 * the chosen transport's native classes are touched, so a missing native library fails only when asked
 * for by name.
 */
enum ResolvedTransport {
  IO_URING("io_uring", true) {
    @Override
    IoHandlerFactory ioHandlerFactory() {
      return IoUringIoHandler.newFactory();
    }

    @Override
    Class<? extends ServerChannel> serverChannel() {
      return IoUringServerSocketChannel.class;
    }

    @Override
    Class<? extends ServerChannel> domainServerChannel() {
      return IoUringServerDomainSocketChannel.class;
    }

    @Override
    @Nullable Throwable unavailabilityCause() {
      return IoUring.isAvailable() ? null : IoUring.unavailabilityCause();
    }
  },
  EPOLL("epoll", true) {
    @Override
    IoHandlerFactory ioHandlerFactory() {
      return EpollIoHandler.newFactory();
    }

    @Override
    Class<? extends ServerChannel> serverChannel() {
      return EpollServerSocketChannel.class;
    }

    @Override
    Class<? extends ServerChannel> domainServerChannel() {
      return EpollServerDomainSocketChannel.class;
    }

    @Override
    @Nullable Throwable unavailabilityCause() {
      return Epoll.isAvailable() ? null : Epoll.unavailabilityCause();
    }
  },
  NIO("nio", false) {
    @Override
    IoHandlerFactory ioHandlerFactory() {
      return NioIoHandler.newFactory();
    }

    @Override
    Class<? extends ServerChannel> serverChannel() {
      return NioServerSocketChannel.class;
    }

    @Override
    Class<? extends ServerChannel> domainServerChannel() {
      return NioServerDomainSocketChannel.class;
    }

    @Override
    @Nullable Throwable unavailabilityCause() {
      return null;
    }
  };

  private static final Logger logger = LoggerFactory.getLogger(ResolvedTransport.class);

  private final String displayName;
  private final boolean reusePortCapable;

  ResolvedTransport(String displayName, boolean reusePortCapable) {
    this.displayName = displayName;
    this.reusePortCapable = reusePortCapable;
  }

  abstract IoHandlerFactory ioHandlerFactory();

  abstract Class<? extends ServerChannel> serverChannel();

  abstract Class<? extends ServerChannel> domainServerChannel();

  /** Why this transport cannot be used here, or {@code null} when it can. */
  abstract @Nullable Throwable unavailabilityCause();

  boolean isAvailable() {
    return unavailabilityCause() == null;
  }

  /** Whether listeners can share a port with {@code SO_REUSEPORT}, one per event loop. */
  boolean reusePortCapable() {
    return this.reusePortCapable;
  }

  String displayName() {
    return this.displayName;
  }

  /** The transport that {@code requested} means on this machine, logged once per server start. */
  static ResolvedTransport resolve(Transport requested) {
    return switch (requested) {
      case IO_URING -> require(IO_URING);
      case EPOLL -> require(EPOLL);
      case NIO -> logChoice(NIO, "configured");
      case AUTO -> auto();
    };
  }

  private static ResolvedTransport auto() {
    Throwable ioUring = IO_URING.unavailabilityCause();
    if (ioUring == null) {
      return logChoice(IO_URING, "auto: io_uring is available");
    }
    Throwable epoll = EPOLL.unavailabilityCause();
    if (epoll == null) {
      return logChoice(EPOLL, "auto: io_uring unavailable (" + describe(ioUring) + ")");
    }
    return logChoice(NIO, "auto: io_uring unavailable (" + describe(ioUring) + "), epoll unavailable ("
        + describe(epoll) + ")");
  }

  private static ResolvedTransport require(ResolvedTransport transport) {
    Throwable cause = transport.unavailabilityCause();
    if (cause != null) {
      throw new IllegalStateException("transport " + transport.name() + " was configured but is not available here: "
          + describe(cause) + " (use AUTO to fall back)", cause);
    }
    return logChoice(transport, "configured");
  }

  private static ResolvedTransport logChoice(ResolvedTransport transport, String why) {
    logger.info("Fastpath uses the {} transport ({})", transport.displayName, why);
    return transport;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
