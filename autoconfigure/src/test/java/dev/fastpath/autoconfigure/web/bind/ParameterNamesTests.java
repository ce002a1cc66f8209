package dev.fastpath.autoconfigure.web.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.web.format.DateTimeFormatters;
import org.springframework.boot.autoconfigure.web.format.WebConversionService;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import tools.jackson.databind.json.JsonMapper;

/** A controller compiled without {@code -parameters}: start-up must say how to fix it. */
class ParameterNamesTests {

  @TempDir
  Path directory;

  @Test
  void failsStartUpExplainingHowToKeepParameterNames() throws Exception {
    Method method = compile(false).getDeclaredMethod("find", long.class);
    ArgumentResolvers resolvers = new ArgumentResolvers(new WebConversionService(new DateTimeFormatters()),
        JsonMapper.builder().build(), null, null);

    assertThatThrownBy(() -> resolvers.resolverFor(SynthesizingMethodParameter.forExecutable(method, 0), Set.of()))
        .isInstanceOf(UnsupportedHandlerException.class)
        .hasMessageContaining("NoNames#find(long) parameter 0")
        .hasMessageContaining("javac -parameters")
        .hasMessageContaining("@RequestParam(\"id\")");
  }

  @Test
  void resolvesWhenNamesAreKept() throws Exception {
    Method method = compile(true).getDeclaredMethod("find", long.class);
    ArgumentResolvers resolvers = new ArgumentResolvers(new WebConversionService(new DateTimeFormatters()),
        JsonMapper.builder().build(), null, null);

    assertThat(resolvers.resolverFor(SynthesizingMethodParameter.forExecutable(method, 0), Set.of())).isNotNull();
  }

  private Class<?> compile(boolean parameters) throws Exception {
    Path source = this.directory.resolve("NoNames.java");
    Files.writeString(source, """
        public class NoNames {
          public String find(@org.springframework.web.bind.annotation.RequestParam long id) {
            return "x";
          }
        }
        """);
    Path out = Files.createDirectories(this.directory.resolve(parameters ? "with" : "without"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new java.util.ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
        "-d", out.toString(), "-proc:none"));
    if (parameters) {
      arguments.add("-parameters");
    }
    arguments.add(source.toString());
    assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass("NoNames");
  }
}
