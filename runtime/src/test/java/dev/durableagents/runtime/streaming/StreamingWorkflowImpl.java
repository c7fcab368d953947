package dev.durableagents.runtime.streaming;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

public class StreamingWorkflowImpl implements StreamingWorkflow {

  @ActivityInterface
  public interface WeatherActivities {
    @ActivityMethod(name = "Weather.get")
    String get(String city);
  }

  /** The worker-side weather. */
  public static final class Weather implements WeatherActivities {
    @Override
    public String get(String city) {
      return "sunny in " + city;
    }
  }

  static final FunctionToolDefinition WEATHER =
      FunctionToolDefinition.newBuilder("getWeather")
          .setDescription("Get the weather of a city")
          .setParametersSchema(
              "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                  + "\"required\":[\"city\"],\"additionalProperties\":false}")
          .setInvoker(
              call ->
                  Workflow.newUntypedActivityStub(
                          ActivityOptions.newBuilder()
                              .setStartToCloseTimeout(Duration.ofSeconds(10))
                              .build())
                      .executeAsync(
                          "Weather.get", String.class, call.arguments().get("city", String.class)))
          .build();

  static final AgentDefinition AGENT =
      AgentDefinition.newBuilder("Weather Agent")
          .setInstructions("Answer with the weather.")
          .addTool(WEATHER)
          .build();

  /** Hands every question to the weather agent; the run starts here when the input says so. */
  static final AgentDefinition TRIAGE =
      AgentDefinition.newBuilder("Triage Agent")
          .setInstructions("Hand weather questions to the weather agent.")
          .addHandoff(HandoffDefinition.to(AGENT))
          .build();

  @Override
  public String run(String input, boolean streamed) {
    AgentDefinition agent = input.startsWith("triage:") ? TRIAGE : AGENT;
    if (!streamed) {
      RunResult<String> result = Runner.run(agent, input);
      return result.finalOutput();
    }
    List<String> seen = new ArrayList<>();
    RunResult<String> result =
        Runner.runStreamed(
            agent,
            input,
            RunConfig.getDefaultInstance(),
            event -> seen.add(event.offset() + ":" + event.getClass().getSimpleName()));
    return result.finalOutput() + " | " + String.join(",", seen);
  }
}
