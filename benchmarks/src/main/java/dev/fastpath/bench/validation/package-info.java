/** JMH suites for the schema validators: ours (simdjson-java tape walk) against networknt on the same schema. */
@NullMarked
package dev.fastpath.bench.validation;

import org.jspecify.annotations.NullMarked;
