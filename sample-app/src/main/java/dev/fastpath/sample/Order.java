package dev.fastpath.sample;

/**
 * A stored order.
 *
 * @param id its number
 * @param request what the client sent
 */
record Order(long id, OrderRequest request) {}
