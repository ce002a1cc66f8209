package dev.fastpath.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code OPTIONS *} (RFC 9110 §9.3.7) over a raw socket: the JDK client cannot send the asterisk-form. */
class ServerWideOptionsIntegrationTests {

  private ConfigurableApplicationContext context;

  private int port;

  @BeforeEach
  void start() {
    this.context = new SpringApplicationBuilder(App.class)
        .properties("server.port=0", "server.address=127.0.0.1").run();
    this.port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
  }

  @AfterEach
  void stop() {
    this.context.close();
  }

  @Test
  @Timeout(30)
  void optionsAsteriskAnswersOkWithTheServersMethodsAndKeepsTheConnection() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", this.port)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n"
          + "GET /ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = readAll(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n");
      assertThat(answer).contains("\r\nAllow: GET, HEAD, POST, PUT, DELETE, OPTIONS\r\n");
      assertThat(answer).contains("\r\n\r\nHTTP/1.1 200 OK\r\n").endsWith("pong");
    }
  }

  @Test
  @Timeout(30)
  void asteriskFormWithAnotherMethodIsABadRequest() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", this.port)) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write("GET * HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(readAll(socket.getInputStream())).startsWith("HTTP/1.1 400 ");
    }
  }

  private static String readAll(InputStream in) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    try {
      for (int n; (n = in.read(chunk)) != -1; ) {
        bytes.write(chunk, 0, n);
      }
    }
    catch (SocketTimeoutException ex) {
      // the server keeps the connection; what arrived so far is the answer
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(PingController.class)
  static class App {
  }

  @RestController
  static class PingController {

    @GetMapping("/ping")
    String ping() {
      return "pong";
    }
  }
}
