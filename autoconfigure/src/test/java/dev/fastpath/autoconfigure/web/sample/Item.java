package dev.fastpath.autoconfigure.web.sample;

import java.util.List;

/** A JSON body used by the sample controllers. */
public record Item(String name, int qty, List<String> tags) {}
