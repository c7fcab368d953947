package dev.durableagents.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.spring.boot.test.CityAgentWorkflow;
import dev.durableagents.spring.boot.test.TestApplication;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The starter on Temporal's embedded test server: plugin, agents and tool beans on the worker. */
@SpringBootTest(
    classes = TestApplication.class,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "spring.temporal.workers[0].task-queue=cities",
      "durable-agents.model-activity.start-to-close-timeout=20s",
    })
class DurableAgentsAutoConfigurationTest {

  @Autowired WorkflowClient client;
  @Autowired DurableAgentsPlugin plugin;
  @Autowired ModelProvider modelProvider;
  @Autowired TestModel model;
  @Autowired AgentsWorkerRegistrar registrar;

  @Test
  void runsAnAgentWithItsToolBeanOnTheStartersWorker() {
    assertTrue(modelProvider instanceof TestModelProvider, "the application's provider wins");
    assertEquals(
        List.of(
            "dev.durableagents.spring.boot.test.AgentsModule",
            "dev.durableagents.spring.boot.test.CityTools"),
        registrar.registered().get("cities"));

    CityAgentWorkflow agent =
        client.newWorkflowStub(
            CityAgentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("cities")
                .setWorkflowId("city-agent-test")
                .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
                .build());
    assertEquals("Tokyo has 14 million people.", agent.ask("How many people live in Tokyo?"));
    assertEquals(2, model.requests().size());

    List<String> activities =
        client.fetchHistory("city-agent-test").getHistory().getEventsList().stream()
            .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
            .map(a -> a.getActivityType().getName())
            .collect(Collectors.toList());
    assertEquals(List.of("InvokeModel", "CityTools.population", "InvokeModel"), activities);
    assertTrue(List.of(client.getOptions().getPlugins()).contains(plugin));
  }
}
