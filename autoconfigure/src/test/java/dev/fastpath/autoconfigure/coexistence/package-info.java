/** Container replacement: Fastpath with another web stack on the class path (own surefire executions). */
@NullMarked
package dev.fastpath.autoconfigure.coexistence;

import org.jspecify.annotations.NullMarked;
