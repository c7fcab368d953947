package com.acme.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's unit test, in a project of a user's own. */
class WeatherAgentTest {
  @Test
  void theToolRunsAsAnActivityBetweenTwoModelCalls() {
    TestModel model = TestModel.returning(
        TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
        TestModel.text("It is sunny in Tokyo."));
    DurableAgentsPlugin plugin = DurableAgentsPlugin.newBuilder()
        .setModelProvider(new TestModelProvider(model)).build();

    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder()
            .setWorkflowClientOptions(WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
            .build())) {
      Worker worker = env.newWorker("weather");
      AgentsModule.register(worker, new WeatherToolsImpl());
      env.start();
      String answer = env.getWorkflowClient().newWorkflowStub(WeatherAgentWorkflow.class,
          WorkflowOptions.newBuilder().setTaskQueue("weather").setWorkflowId("tokyo").build())
          .ask("Weather in Tokyo?");
      assertEquals("It is sunny in Tokyo.", answer);
      assertEquals(2, model.requests().size());
      List<String> activities = env.getWorkflowClient().fetchHistory("tokyo").getEvents().stream()
          .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
          .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName())
          .toList();
      assertEquals(List.of("InvokeModel", "WeatherTools.getWeather", "InvokeModel"), activities);
    }
  }
}
