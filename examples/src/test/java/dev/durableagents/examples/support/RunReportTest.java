package dev.durableagents.examples.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.basic.BasicWorker;
import dev.durableagents.examples.basic.HelloWorldAgentWorkflow;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportTest {

  /** A workflow that runs an agent's workflow as a child. */
  @WorkflowInterface
  public interface Parent {
    @WorkflowMethod
    String run(String prompt);
  }

  /** Runs the hello-world agent's generated workflow as a child. */
  public static final class ParentImpl implements Parent {
    @Override
    public String run(String prompt) {
      return Workflow.newChildWorkflowStub(HelloWorldAgentWorkflow.class).run(prompt);
    }
  }

  @Test
  void childWorkflowsAreReportedInPlaceWithTheirActivities() {
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(TestModel.returning(TestModel.text("haiku"))))
            .build();
    try (TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setPlugins(plugin).build())
                .build())) {
      Worker worker = env.newWorker(BasicWorker.TASK_QUEUE);
      BasicWorker.register(worker);
      worker.registerWorkflowImplementationTypes(ParentImpl.class);
      env.start();
      Parent parent =
          env.getWorkflowClient()
              .newWorkflowStub(
                  Parent.class,
                  WorkflowOptions.newBuilder()
                      .setWorkflowId("parent")
                      .setTaskQueue(BasicWorker.TASK_QUEUE)
                      .build());
      assertEquals("haiku", parent.run("Recursion?"));

      List<String> lines = RunReport.lines(env.getWorkflowClient(), "parent");

      assertTrue(
          lines.get(0).startsWith("      child workflow HelloWorldAgentWorkflow "), lines.get(0));
      assertTrue(
          lines.get(1).matches(" {8} 1\\. activity InvokeModel +Assistant .*"), lines.get(1));
      assertTrue(lines.get(2).contains("Model calls: 1 (Assistant 1)"), lines.get(2));
      assertEquals(3, lines.size(), lines.toString());
    }
  }
}
