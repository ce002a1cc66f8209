package dev.fastpath.autoconfigure.web.sample;

/** An enum request parameter. */
public enum Color { RED, GREEN }
