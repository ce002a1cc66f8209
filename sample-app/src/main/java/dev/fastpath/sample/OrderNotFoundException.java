package dev.fastpath.sample;

/** No order has the id a client asked for. */
class OrderNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  OrderNotFoundException(long id) {
    super("No order " + id);
  }
}
