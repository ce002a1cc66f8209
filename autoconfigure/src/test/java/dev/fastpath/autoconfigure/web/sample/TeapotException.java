package dev.fastpath.autoconfigure.web.sample;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An exception whose class carries its status. */
@ResponseStatus(code = HttpStatus.I_AM_A_TEAPOT, reason = "short and stout")
public class TeapotException extends RuntimeException {}
