package dev.durableagents.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The agent loop, driven by hand-built definitions and a scripted model. */
class AgentLoopTest {

  @ActivityInterface
  public interface WeatherActivities {
    @ActivityMethod(name = "Weather.get")
    String get(String city);
  }

  static final List<String> CITIES = new CopyOnWriteArrayList<>();

  public static class WeatherActivitiesImpl implements WeatherActivities {
    @Override
    public String get(String city) {
      CITIES.add(city);
      if (city.equals("Atlantis")) {
        throw ApplicationFailure.newNonRetryableFailure("no such city", "UnknownCity");
      }
      return "Sunny in " + city;
    }
  }

  static final ActivityOptions TOOL_OPTIONS =
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build();

  static final FunctionToolDefinition WEATHER_TOOL =
      FunctionToolDefinition.newBuilder("getWeather")
          .setDescription("Get the weather")
          .setParametersSchema(
              "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                  + "\"required\":[\"city\"],\"additionalProperties\":false}")
          .setInvoker(
              call ->
                  Workflow.newUntypedActivityStub(TOOL_OPTIONS)
                      .executeAsync(
                          "Weather.get", String.class, call.arguments().get("city", String.class)))
          .build();

  static final AgentDefinition WEATHER_AGENT =
      AgentDefinition.newBuilder("Weather Assistant")
          .setInstructions("You are a helpful weather agent.")
          .setModel("gpt-4o")
          .addTool(WEATHER_TOOL)
          .setMaxTurns(3)
          .build();

  @WorkflowInterface
  public interface AskWorkflow {
    @WorkflowMethod
    String ask(String question);
  }

  public static class AskWorkflowImpl implements AskWorkflow {
    @Override
    public String ask(String question) {
      RunResult<String> result = Runner.run(WEATHER_AGENT, question);
      return result.finalOutput();
    }
  }

  private static AgentTestEnvironment start(TestModel model) {
    AgentTestEnvironment env = AgentTestEnvironment.create(new TestModelProvider(model));
    env.worker().registerWorkflowImplementationTypes(AskWorkflowImpl.class);
    env.worker().registerActivitiesImplementations(new WeatherActivitiesImpl());
    env.start();
    return env;
  }

  @Test
  void answersWithOneModelActivity() {
    TestModel model = TestModel.returning(TestModel.text("Hello!"));
    try (AgentTestEnvironment env = start(model)) {
      String answer = env.newWorkflow(AskWorkflow.class, "hello").ask("Hi");

      assertEquals("Hello!", answer);
      var history = Histories.of(env.client(), "hello");
      assertEquals(List.of("InvokeModel"), Histories.scheduledActivities(history));
      ModelRequest request = model.requests().get(0);
      assertEquals("gpt-4o", request.model());
      assertEquals("You are a helpful weather agent.", request.instructions());
      assertEquals(List.of(Message.user("Hi")), request.input());
      assertEquals("getWeather", request.tools().get(0).name());
    }
  }

  @Test
  void runsToolActivityBetweenModelCalls() {
    TestModel model =
        TestModel.returning(
            TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
            TestModel.text("It is sunny in Tokyo."));
    try (AgentTestEnvironment env = start(model)) {
      String answer = env.newWorkflow(AskWorkflow.class, "tools").ask("Weather in Tokyo?");

      assertEquals("It is sunny in Tokyo.", answer);
      var history = Histories.of(env.client(), "tools");
      assertEquals(
          List.of("InvokeModel", "Weather.get", "InvokeModel"),
          Histories.scheduledActivities(history));
      assertEquals("\"Tokyo\"", Histories.scheduledInputs(history).get(1));
      List<?> secondInput = model.requests().get(1).input();
      assertEquals(3, secondInput.size());
      assertInstanceOf(FunctionCall.class, secondInput.get(1));
      assertEquals(new FunctionCallOutput("call_getWeather", "Sunny in Tokyo"), secondInput.get(2));
      // History records only what the second call adds to the first call's conversation.
      String recorded = Histories.scheduledInputs(history).get(2);
      assertTrue(recorded.contains("\"input\":[{\"type\":\"function_call_output\""), recorded);
      assertTrue(recorded.contains("\"baseCount\":2"), recorded);
      assertFalse(recorded.contains("Weather in Tokyo?"), recorded);
    }
  }

  @Test
  void malformedArgumentsAndUnknownToolsGoBackToTheModel() {
    TestModel model =
        TestModel.returning(
            TestModel.response(
                new FunctionCall("c1", "getWeather", "{not json", null),
                new FunctionCall("c2", "getWeather", "{\"town\":\"Oslo\"}", null),
                new FunctionCall("c3", "teleport", "{}", null)),
            TestModel.text("Sorry."));
    try (AgentTestEnvironment env = start(model)) {
      assertEquals("Sorry.", env.newWorkflow(AskWorkflow.class, "bad-args").ask("?"));

      var history = Histories.of(env.client(), "bad-args");
      assertEquals(List.of("InvokeModel", "InvokeModel"), Histories.scheduledActivities(history));
      List<?> input = model.requests().get(1).input();
      String first = ((FunctionCallOutput) input.get(4)).output();
      String second = ((FunctionCallOutput) input.get(5)).output();
      String third = ((FunctionCallOutput) input.get(6)).output();
      assertTrue(
          first.startsWith(
              "Error: invalid arguments for tool 'getWeather': The arguments are not valid JSON"),
          first);
      assertTrue(second.contains("Missing required argument 'city'"), second);
      assertTrue(third.contains("there is no tool named 'teleport'"), third);
    }
  }

  @Test
  void failedToolActivitySendsItsErrorToTheModel() {
    TestModel model =
        TestModel.returning(
            TestModel.toolCall("getWeather", "{\"city\":\"Atlantis\"}"),
            TestModel.text("Unknown."));
    try (AgentTestEnvironment env = start(model)) {
      assertEquals("Unknown.", env.newWorkflow(AskWorkflow.class, "tool-fails").ask("?"));
      FunctionCallOutput output = (FunctionCallOutput) model.requests().get(1).input().get(2);
      assertEquals("Error: tool 'getWeather' failed: no such city", output.output());
    }
  }

  @Test
  void toolCallsOfOneResponseAreScheduledTogetherAndAnsweredInOrder() {
    TestModel model =
        TestModel.returning(
            TestModel.response(
                new FunctionCall("a", "getWeather", "{\"city\":\"Oslo\"}", null),
                new FunctionCall("b", "getWeather", "{\"city\":\"Lima\"}", null)),
            TestModel.text("Done."));
    try (AgentTestEnvironment env = start(model)) {
      env.newWorkflow(AskWorkflow.class, "parallel").ask("?");

      var events = Histories.of(env.client(), "parallel").getEvents();
      // Both tool activities are scheduled in the same workflow task completion.
      int firstTool = -1;
      int secondTool = -1;
      for (int i = 0; i < events.size(); i++) {
        var e = events.get(i);
        if (e.hasActivityTaskScheduledEventAttributes()
            && e.getActivityTaskScheduledEventAttributes()
                .getActivityType()
                .getName()
                .equals("Weather.get")) {
          if (firstTool < 0) {
            firstTool = i;
          } else {
            secondTool = i;
          }
        }
      }
      assertEquals(firstTool + 1, secondTool);
      List<?> input = model.requests().get(1).input();
      assertEquals(new FunctionCallOutput("a", "Sunny in Oslo"), input.get(3));
      assertEquals(new FunctionCallOutput("b", "Sunny in Lima"), input.get(4));
    }
  }

  @Test
  void maxTurnsFailsTheWorkflowWithATypedCause() {
    TestModel model =
        TestModel.returning(
            TestModel.toolCall("getWeather", "{\"city\":\"A\"}"),
            TestModel.toolCall("getWeather", "{\"city\":\"B\"}"),
            TestModel.toolCall("getWeather", "{\"city\":\"C\"}"));
    try (AgentTestEnvironment env = start(model)) {
      WorkflowFailedException failed =
          assertThrows(
              WorkflowFailedException.class,
              () -> env.newWorkflow(AskWorkflow.class, "max-turns").ask("?"));
      ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
      assertEquals("MaxTurnsExceeded", cause.getType());
      assertTrue(cause.getOriginalMessage().startsWith("Max turns (3) exceeded"));
      assertEquals(3, model.requests().size());
    }
  }
}
