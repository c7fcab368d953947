package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * What Gradle's incremental compilation needs: the two processors are registered, declared
 * isolating and aggregating, and the isolating one gives every file it writes exactly one
 * originating element, the annotated type it was generated from.
 */
class IncrementalProcessingTest {

  @Test
  void bothProcessorsAreRegistered() {
    List<String> names = new ArrayList<>();
    ServiceLoader.load(Processor.class, getClass().getClassLoader())
        .forEach(p -> names.add(p.getClass().getName()));
    assertEquals(
        List.of(
            "dev.durableagents.processor.AgentsModuleProcessor",
            "dev.durableagents.processor.DurableAgentsProcessor"),
        names.stream().filter(n -> n.startsWith("dev.durableagents")).sorted().toList());
  }

  @Test
  void gradleIncrementalCategories() throws IOException {
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertEquals(
          "dev.durableagents.processor.DurableAgentsProcessor,isolating\n"
              + "dev.durableagents.processor.AgentsModuleProcessor,aggregating\n",
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void originatingElements() {
    RecordingProcessor isolating = new RecordingProcessor(new DurableAgentsProcessor());
    RecordingProcessor aggregating = new RecordingProcessor(new AgentsModuleProcessor());
    Compilation compilation =
        javac()
            .withProcessors(isolating, aggregating)
            .compile(
                JavaFileObjects.forResource("fixtures/weather/WeatherTools.java"),
                JavaFileObjects.forResource("fixtures/weather/WeatherAgent.java"),
                JavaFileObjects.forResource("fixtures/weather/ForecastAgent.java"));
    assertThat(compilation).succeeded();

    assertEquals(
        Map.of(
            "weather.WeatherToolsActivities", List.of("weather.WeatherTools"),
            "weather.WeatherToolsActivitiesImpl", List.of("weather.WeatherTools"),
            "weather.WeatherToolsDefinition", List.of("weather.WeatherTools"),
            "weather.WeatherAgentWorkflow", List.of("weather.WeatherAgent"),
            "weather.WeatherAgentWorkflowImpl", List.of("weather.WeatherAgent"),
            "weather.WeatherAgentDefinition", List.of("weather.WeatherAgent"),
            "weather.ForecastAgentWorkflow", List.of("weather.ForecastAgent"),
            "weather.ForecastAgentWorkflowImpl", List.of("weather.ForecastAgent"),
            "weather.ForecastAgentDefinition", List.of("weather.ForecastAgent")),
        isolating.originating);
    assertEquals(
        Map.of(
            "weather.AgentsModule",
            List.of("weather.ForecastAgent", "weather.WeatherAgent", "weather.WeatherTools")),
        aggregating.originating);
  }
}
