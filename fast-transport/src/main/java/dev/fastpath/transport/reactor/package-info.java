/**
 * The second engine: a thin adapter that serves Fastpath's routes and handlers on Reactor Netty's
 * {@code HttpServer} (an escape hatch with Reactor Netty's protocol features). Needs
 * {@code io.projectreactor.netty:reactor-netty-http} on the classpath; nothing here is loaded otherwise.
 */
@NullMarked
package dev.fastpath.transport.reactor;

import org.jspecify.annotations.NullMarked;
