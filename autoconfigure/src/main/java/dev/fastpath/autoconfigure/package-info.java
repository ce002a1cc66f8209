/**
 * Spring Boot auto-configuration for Fastpath: the reactive {@code WebServer} backed by the fast
 * transport, and the compilation of annotated controllers into its routes.
 */
@NullMarked
package dev.fastpath.autoconfigure;

import org.jspecify.annotations.NullMarked;
