package dev.durableagents.examples.model_providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.MultiModelProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one worker of both samples routes each agent's calls to its provider. */
class ModelProvidersWorkerTest {

  private static String chatModel(OpenAIStubServer server) {
    return server
        .requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH)
        .get(0)
        .body()
        .get("model")
        .asText();
  }

  @Test
  void ollamaModelsGoToOllamaAndTheRestToTheProxy() {
    try (OpenAIStubServer ollama = new OpenAIStubServer().start();
        OpenAIStubServer proxy = new OpenAIStubServer().start()) {
      ollama.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl_1", "From Ollama.")));
      proxy.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl_2", "From proxy.")));
      ModelProvider provider =
          ModelProviders.forWorker(
              Map.of("OLLAMA_BASE_URL", ollama.baseUrl(), "LITELLM_BASE_URL", proxy.baseUrl()));

      SampleRun gptOss =
          SampleRun.with(new GptOss(), List.of(), provider, 600, ModelProvidersWorker::register);
      SampleRun litellm =
          SampleRun.with(
              new LitellmAuto(), List.of(), provider, 600, ModelProvidersWorker::register);

      assertEquals("From Ollama.", gptOss.result);
      assertEquals("From proxy.", litellm.result);
      assertEquals("gpt-oss:20b", chatModel(ollama));
      assertEquals(ModelProviders.PROXY_DEFAULT_MODEL, chatModel(proxy));
    }
  }

  @Test
  void withoutAProxyTheLitellmSampleFailsNamingTheMissingProvider() {
    ModelProvider provider = ModelProviders.forWorker(Map.of());

    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () ->
                SampleRun.with(
                    new LitellmAuto(), List.of(), provider, 600, ModelProvidersWorker::register));

    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, activity.getCause());
    assertEquals(MultiModelProvider.NO_PROVIDER, cause.getType());
    assertTrue(ModelProviders.describe(Map.of()).contains("set LITELLM_BASE_URL"));
  }
}
