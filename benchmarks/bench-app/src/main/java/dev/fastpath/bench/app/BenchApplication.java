package dev.fastpath.bench.app;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bench application. The port is the first program argument when it is a number, else the
 * {@code PORT} environment variable, else 8080 (the bench kit's contract); {@code --server.port=…} and
 * every other Boot argument work as usual and win over that default.
 */
@SpringBootApplication
public class BenchApplication {

  public static void main(String[] args) {
    boolean portFirst = args.length > 0 && args[0].chars().allMatch(Character::isDigit) && !args[0].isEmpty();
    String port = portFirst ? args[0] : System.getenv().getOrDefault("PORT", "8080");
    SpringApplication application = new SpringApplication(BenchApplication.class);
    application.setDefaultProperties(Map.of("server.port", port));
    application.run(portFirst ? Arrays.copyOfRange(args, 1, args.length) : args);
  }
}
