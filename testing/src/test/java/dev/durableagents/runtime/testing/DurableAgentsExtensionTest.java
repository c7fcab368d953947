package dev.durableagents.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.testing.weather.AgentsModule;
import dev.durableagents.runtime.testing.weather.WeatherAgentWorkflow;
import dev.durableagents.runtime.testing.weather.WeatherToolsImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.worker.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DurableAgentsExtensionTest {

  @RegisterExtension
  static DurableAgentsExtension agents =
      DurableAgentsExtension.newBuilder()
          .register(worker -> AgentsModule.register(worker, new WeatherToolsImpl()))
          .build();

  private static AgentTestEnvironment previous;

  @Test
  void runsTheAgentWithTheScriptedModelAndRecordsTheHistory() {
    TestModel model =
        agents.script(
            TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
            TestModel.text("It is sunny in Tokyo."));

    String answer = agents.newAgent(WeatherAgentWorkflow.class).ask("Weather in Tokyo?");

    assertEquals("It is sunny in Tokyo.", answer);
    assertEquals(2, model.requests().size());
    AgentHistory history =
        agents
            .history()
            .assertActivities("InvokeModel", "WeatherTools.getWeather", "InvokeModel")
            .assertActivityInputContains(1, "Tokyo");
    assertEquals(2, history.modelCalls());
    assertTrue(history.activityResults().get(1).contains("Sunny in Tokyo"));
    assertTrue(history.bytes() > 0);
  }

  @Test
  void aModelCallWithNothingScriptedFailsTheRunWithATypedCause() {
    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () -> agents.newAgent(WeatherAgentWorkflow.class, "unscripted").ask("Hello?"));

    Throwable cause = failed.getCause();
    while (cause != null && !(cause instanceof ApplicationFailure)) {
      cause = cause.getCause();
    }
    assertTrue(failed.getCause() instanceof ActivityFailure, String.valueOf(failed.getCause()));
    assertEquals(DurableAgentsExtension.NO_MODEL, ((ApplicationFailure) cause).getType());
    agents.history("unscripted").assertActivities("InvokeModel");
  }

  @Test
  void injectsTheEnvironmentAndGivesEachTestAFreshOne(
      AgentTestEnvironment env, WorkflowClient client, Worker worker) {
    agents.script(TestModel.text("Hello."));
    String answer =
        client
            .newWorkflowStub(
                WeatherAgentWorkflow.class,
                io.temporal.client.WorkflowOptions.newBuilder()
                    .setTaskQueue(worker.getTaskQueue())
                    .setWorkflowId("injected")
                    .build())
            .ask("Hi");
    assertEquals("Hello.", answer);
    env.history("injected").assertActivities("InvokeModel");
    assertEquals(AgentTestEnvironment.TASK_QUEUE, worker.getTaskQueue());
    if (previous != null) {
      assertNotSame(previous, env);
    }
    previous = env;
  }

  @Test
  void historyBeforeAnyAgentSaysWhatToDo() {
    IllegalStateException e = assertThrows(IllegalStateException.class, agents::history);
    assertTrue(e.getMessage().contains("newAgent"), e.getMessage());
  }
}
