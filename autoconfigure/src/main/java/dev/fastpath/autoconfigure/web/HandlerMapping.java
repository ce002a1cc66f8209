package dev.fastpath.autoconfigure.web;

import dev.fastpath.autoconfigure.web.invoke.CompiledMethod;
import dev.fastpath.routing.ExecutionMode;
import java.util.List;

/**
 * One compiled handler method with everything routing needs: its path templates (class and method
 * paths combined), its other request conditions, where it runs, and which validator checks its body.
 *
 * @param method the compiled method
 * @param templates the combined path templates, in Spring {@code PathPattern} syntax
 * @param conditions methods, params, headers, consumes, produces
 * @param executionMode the event loop for non-blocking handlers, otherwise a virtual thread
 * @param validator a description of the body validator, or {@code "-"}
 * @since 0.1
 */
record HandlerMapping(CompiledMethod method, List<String> templates, MappingConditions conditions,
    ExecutionMode executionMode, String validator) {}
