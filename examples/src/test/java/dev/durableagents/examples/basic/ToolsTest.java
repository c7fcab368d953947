package dev.durableagents.examples.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ToolsTest {

  @Test
  void modelThenToolActivityThenModel() {
    SampleRun run = SampleRun.offline(new Tools(), List.of());
    RecordedHistories.recordIfAsked("basic-Tools", run);

    assertEquals(
        List.of("InvokeModel", "WeatherTools.getWeather", "InvokeModel"), run.activities());
    // The tool activity's input is the parsed argument, not the model's JSON text.
    assertEquals("\"Tokyo\"", run.activityInputs().get(1));
    var second = run.modelRequests.get(1);
    assertInstanceOf(FunctionCall.class, second.input().get(1));
    FunctionCallOutput output = assertInstanceOf(FunctionCallOutput.class, second.input().get(2));
    assertEquals("call_getWeather", output.callId());
    assertEquals(
        "{\"city\":\"Tokyo\",\"temperatureRange\":\"14-20C\",\"conditions\":\"Sunny with wind.\"}",
        output.output());
    assertTrue(run.activityInputs().get(2).contains("\"type\":\"function_call_output\""));
    assertEquals("In Tokyo it is 14-20C and sunny with wind.", run.result);
  }

  /** A tool set that records what it was called with. */
  static final class RecordingWeather implements WeatherTools {
    final List<String> cities = new CopyOnWriteArrayList<>();

    @Override
    public Weather getWeather(String city) {
      cities.add(city);
      return new Weather(city, "1-2C", "Snow");
    }
  }

  @Test
  void toolReceivesParsedArgumentsAndModelIsCalledOncePerTurnUnderFullReplay() {
    Tools sample = new Tools();
    TestModel model = TestModel.returning(sample.offlineScript(List.of()));
    RecordingWeather weather = new RecordingWeather();
    // Cache size 0: every workflow task replays the history from the start.
    SampleRun run =
        SampleRun.with(
            sample,
            List.of(),
            new TestModelProvider(model),
            0,
            worker -> AgentsModule.register(worker, weather));

    assertEquals("In Tokyo it is 14-20C and sunny with wind.", run.result);
    assertEquals(List.of("Tokyo"), weather.cities);
    assertEquals(2, model.requests().size());
    assertEquals(
        List.of("InvokeModel", "WeatherTools.getWeather", "InvokeModel"), run.activities());
  }
}
