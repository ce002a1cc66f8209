/** The sample application: a small API written the way any Spring Boot user writes one. */
@NullMarked
package dev.fastpath.sample;

import org.jspecify.annotations.NullMarked;
