package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated sources are byte-for-byte the same for the same input, whatever the order javac is
 * given the sources in, and each carries {@code @Generated}.
 */
class DeterminismTest {

  private static final List<String> FIXTURES =
      List.of(
          "weather/WeatherTools.java", "weather/WeatherAgent.java", "weather/ForecastAgent.java");

  @Test
  void sameInputSameBytes() {
    Map<String, byte[]> first = generatedSources(FIXTURES);
    Map<String, byte[]> second = generatedSources(FIXTURES);
    List<String> reversed = new ArrayList<>(FIXTURES);
    java.util.Collections.reverse(reversed);
    Map<String, byte[]> third = generatedSources(reversed);

    assertEquals(first.keySet(), second.keySet());
    assertEquals(first.keySet(), third.keySet());
    for (String name : first.keySet()) {
      assertArrayEquals(first.get(name), second.get(name), name);
      assertArrayEquals(first.get(name), third.get(name), name + " (sources reversed)");
    }
    assertEquals(10, first.size(), first.keySet().toString());
  }

  @Test
  void everyGeneratedFileCarriesGenerated() {
    generatedSources(FIXTURES)
        .forEach(
            (name, bytes) ->
                assertTrue(
                    new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        .contains("@Generated(\"dev.durableagents.processor."),
                    name));
  }

  private static Map<String, byte[]> generatedSources(List<String> fixtures) {
    List<JavaFileObject> sources = new ArrayList<>();
    fixtures.forEach(f -> sources.add(JavaFileObjects.forResource("fixtures/" + f)));
    Compilation compilation = Compilations.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try (InputStream in = file.openInputStream()) {
        generated.put(file.toUri().getPath(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return generated;
  }
}
