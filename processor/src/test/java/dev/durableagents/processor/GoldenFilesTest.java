package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One golden file per kind of generated source: it pins what the generated code looks like, not
 * only that it works. Run with {@code -Dgoldens.update=true} to rewrite them after an intended
 * change, and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDENS = Path.of("src/test/resources/goldens");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "weather.WeatherAgentWorkflow",
        "weather.WeatherAgentWorkflowImpl",
        "weather.WeatherAgentDefinition",
        "weather.ForecastAgentDefinition",
        "weather.ConciergeAgentDefinition",
        "weather.ResearchAgentDefinition",
        "weather.WeatherToolsActivities",
        "weather.WeatherToolsActivitiesImpl",
        "weather.WeatherToolsDefinition",
        "weather.AgentsModule"
      })
  void generatedSourceMatchesGolden(String type) throws IOException {
    Compilation compilation =
        Compilations.compileFixtures(
            "weather/WeatherTools.java",
            "weather/WeatherAgent.java",
            "weather/ForecastAgent.java",
            "weather/ConciergeAgent.java",
            "weather/ResearchAgent.java");
    assertThat(compilation).succeededWithoutWarnings();

    JavaFileObject generated =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, type.replace('.', '/') + ".java")
            .orElseThrow(() -> new AssertionError("not generated: " + type));
    String actual = generated.getCharContent(true).toString();
    Path golden = GOLDENS.resolve(type + ".java");
    if (Boolean.getBoolean("goldens.update")) {
      Files.createDirectories(GOLDENS);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(read("goldens/" + type + ".java"), actual, "golden " + golden);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing golden " + resource + "; run with -Dgoldens.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
