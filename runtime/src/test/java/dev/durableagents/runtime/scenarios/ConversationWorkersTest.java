package dev.durableagents.runtime.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.RetryOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The worker that runs a chat's model calls is replaced mid-conversation by another process with a
 * cache of its own: the first call that continues a conversation the new worker never saw misses
 * its cache, and the new worker rebuilds that conversation from the workflow's history; nothing
 * fails and nothing is sent again. The model always receives the whole conversation.
 */
class ConversationWorkersTest {

  static final String MODELS = "models";

  private static List<ModelRequest> sent(WorkflowExecutionHistory history) {
    return new ConversationReferencesTest.Chat("", history, List.of()).sent();
  }

  @Test
  void aReplacementWorkerRebuildsTheConversationFromHistoryThenContinuesFromItsCache() {
    int turns = 8;
    int chars = 300;
    ConversationReferencesTest.Chat whole =
        ConversationReferencesTest.chat("chat", turns, chars, true);
    ModelActivityOptions options =
        ModelActivityOptions.newBuilder()
            .setTaskQueue(MODELS)
            .setStartToCloseTimeout(Duration.ofSeconds(10))
            .setRetryOptions(
                RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofMillis(100))
                    .setBackoffCoefficient(1)
                    .build())
            .build();

    Function<ModelRequest, ModelResponse> answers =
        ConversationWorkflowImpl.model(chars)::getResponse;
    TestModel replacement = TestModel.answering(answers);
    DurableAgentsPlugin replacementPlugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(replacement))
            .setModelActivityOptions(options)
            .build();
    WorkflowExecutionHistory history;
    String result;
    AtomicInteger firstWorkerCalls = new AtomicInteger();
    WorkerFactory[] replacementProcess = new WorkerFactory[1];
    TestModel first =
        TestModel.answering(
            request -> {
              int call = firstWorkerCalls.incrementAndGet();
              if (call == 4) {
                replacementProcess[0].start(); // the new worker comes up
              }
              if (call > 4) { // and this one is going away: its calls fail, to be retried
                throw new ModelException("this worker is shutting down", "Gone", true, null, null);
              }
              return answers.apply(request);
            });
    DurableAgentsPlugin firstPlugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(first))
            .setModelActivityOptions(options)
            .build();
    try (AgentTestEnvironment env = AgentTestEnvironment.create(firstPlugin, 0)) {
      env.worker().registerWorkflowImplementationTypes(ConversationWorkflowImpl.class);
      env.newWorker(MODELS);
      WorkflowClient replacementClient =
          WorkflowClient.newInstance(
              env.env().getWorkflowServiceStubs(),
              WorkflowClientOptions.newBuilder()
                  .setNamespace(env.env().getNamespace())
                  .setPlugins(replacementPlugin)
                  .build());
      replacementProcess[0] = WorkerFactory.newInstance(replacementClient);
      replacementProcess[0].newWorker(MODELS); // the plugin registers the model activity
      env.start();
      try {
        result =
            env.newWorkflow(ConversationWorkflow.class, "replaced-worker")
                .chat("chat", turns, chars, false);
        history = Histories.of(env.client(), "replaced-worker");
      } finally {
        replacementProcess[0].shutdownNow();
      }
    }

    assertEquals(whole.result(), result);
    assertEquals(whole.requests().subList(0, 4), first.requests().subList(0, 4));
    // The replacement received the whole conversation of turns 5 to 8, each once.
    assertEquals(whole.requests().subList(4, turns), replacement.requests());
    assertEquals(
        List.of(), Histories.events(history, EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED), "no miss");
    List<ModelRequest> sent = sent(history);
    assertEquals(turns, sent.size(), "nothing sent again");
    for (ModelRequest request : sent.subList(1, turns)) {
      assertEquals(1, request.input().size(), "only the new question");
      assertTrue(request.conversationRef().continuesBase());
    }
  }
}
