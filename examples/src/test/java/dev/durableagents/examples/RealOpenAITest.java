package dev.durableagents.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.durableagents.examples.basic.HelloWorld;
import dev.durableagents.examples.basic.Tools;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.openai.OpenAIProvider;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples against the real OpenAI API. Skipped unless {@code OPENAI_API_KEY} is set; a real
 * model's words vary, so these assert the shape of the run, not its text.
 */
@EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
class RealOpenAITest {

  static List<Object[]> samples() {
    return List.of(
        new Object[] {new HelloWorld(), List.of("InvokeModel")},
        new Object[] {
          new Tools(), List.of("InvokeModel", "WeatherTools.getWeather", "InvokeModel")
        });
  }

  @ParameterizedTest
  @MethodSource("samples")
  void runsAgainstOpenAI(Sample sample, List<String> activities) {
    SampleRun run =
        SampleRun.with(sample, List.of(), OpenAIProvider.fromEnvironment(), 600, sample::register);

    assertFalse(run.result.isBlank());
    assertEquals(activities, run.activities());
  }
}
