package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI provider inside a worker: a workflow runs an agent whose model activity calls the
 * loopback stub through the real openai-java client.
 */
class OpenAIProviderEndToEndTest {

  static final String KEY = "sk-test-secret";

  static final AgentDefinition ASSISTANT =
      AgentDefinition.newBuilder("Assistant")
          .setInstructions("You only respond in haikus.")
          .setModel("gpt-4o")
          .build();

  @WorkflowInterface
  public interface HaikuWorkflow {
    @WorkflowMethod
    String ask(String question);
  }

  public static class HaikuWorkflowImpl implements HaikuWorkflow {
    @Override
    public String ask(String question) {
      RunResult<String> result = Runner.run(ASSISTANT, question);
      return result.finalOutput();
    }
  }

  OpenAIStubServer stub;
  OpenAIProvider provider;

  @BeforeEach
  void startStub() {
    stub = new OpenAIStubServer().start();
    provider = OpenAIProvider.newBuilder().setApiKey(KEY).setBaseUrl(stub.baseUrl()).build();
  }

  @AfterEach
  void stopStub() {
    provider.close();
    stub.close();
  }

  private AgentTestEnvironment start(RetryOptions modelRetries) {
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(provider)
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    // Generous: no test here times a call out, and a retry after a timeout would
                    // take the next scripted reply. A loaded CI machine must not fail them.
                    .setStartToCloseTimeout(Duration.ofSeconds(60))
                    .setRetryOptions(modelRetries)
                    .build())
            .build();
    AgentTestEnvironment env = AgentTestEnvironment.create(plugin, 600);
    env.worker().registerWorkflowImplementationTypes(HaikuWorkflowImpl.class);
    env.start();
    return env;
  }

  private static RetryOptions fastRetries() {
    return RetryOptions.newBuilder()
        .setInitialInterval(Duration.ofMillis(10))
        .setMaximumAttempts(3)
        .build();
  }

  @Test
  void aWorkflowGetsTheModelsAnswerAndTheKeyStaysOutOfHistory() {
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Code calls itself / ...")));
    try (AgentTestEnvironment env = start(fastRetries())) {
      String answer = env.newWorkflow(HaikuWorkflow.class, "haiku").ask("Recursion?");

      assertEquals("Code calls itself / ...", answer);
      assertEquals(1, stub.requests().size());
      assertEquals("Bearer " + KEY, stub.requests().get(0).header("Authorization"));
      assertEquals(
          "Recursion?", stub.requests().get(0).body().at("/input/0/content/0/text").asText());
      var history = Histories.of(env.client(), "haiku");
      assertEquals(List.of("InvokeModel"), Histories.scheduledActivities(history));
      assertTrue(Histories.completedResults(history).get(0).contains("resp_1"));
      String text = Histories.text(history);
      assertTrue(text.contains("You only respond in haikus."), "the model request is in history");
      assertFalse(text.contains(KEY), "the API key must not reach the workflow history");
    }
  }

  @Test
  void aRetryableErrorIsRetriedByTemporal() {
    stub.enqueue(
        Reply.error(503, null, "Overloaded").withHeader("retry-after-ms", "20"),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Second try.")));
    try (AgentTestEnvironment env = start(fastRetries())) {
      assertEquals("Second try.", env.newWorkflow(HaikuWorkflow.class, "retry").ask("?"));

      assertEquals(2, stub.requests().size(), "one HTTP call per activity attempt");
      assertFalse(Histories.text(Histories.of(env.client(), "retry")).contains(KEY));
    }
  }

  @Test
  void aNonRetryableErrorFailsTheWorkflowWithItsTypeAndWithoutTheKey() {
    stub.enqueue(
        Reply.error(401, "invalid_api_key", "Incorrect API key provided: " + KEY + "."),
        Reply.json(OpenAIStubServer.textResponse("resp_x", "never sent")));
    try (AgentTestEnvironment env = start(fastRetries())) {
      WorkflowFailedException failed =
          assertThrows(
              WorkflowFailedException.class,
              () -> env.newWorkflow(HaikuWorkflow.class, "bad-key").ask("?"));

      ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
      ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, activity.getCause());
      assertEquals(OpenAIErrors.NON_RETRYABLE_ERROR, cause.getType());
      assertTrue(cause.isNonRetryable());
      assertTrue(
          cause.getOriginalMessage().startsWith("OpenAI API error 401 (invalid_api_key)"),
          cause.getOriginalMessage());
      assertEquals(1, stub.requests().size(), "not retried");
      String text = Histories.text(Histories.of(env.client(), "bad-key"));
      assertTrue(
          text.contains("Incorrect API key provided: [REDACTED]."), "the failure is in history");
      assertFalse(text.contains(KEY), "the key the server echoed is redacted");
    }
  }
}
