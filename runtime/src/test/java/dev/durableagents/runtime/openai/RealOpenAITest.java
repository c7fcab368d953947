package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** One call on each API to the real OpenAI; skipped without {@code OPENAI_API_KEY}. */
@EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
class RealOpenAITest {

  static final ModelRequest HELLO =
      new ModelRequest(
          "Greeter",
          null,
          "Answer in one short sentence.",
          List.of(Message.user("Say hello.")),
          null,
          null,
          null,
          null,
          null);

  @Test
  void responsesApi() {
    try (OpenAIProvider provider = OpenAIProvider.fromEnvironment()) {
      assertAnswered(provider.getModel("gpt-4o-mini").getResponse(HELLO));
    }
  }

  @Test
  void chatCompletionsApi() {
    try (OpenAIProvider provider =
        OpenAIProvider.newBuilder()
            .setApiKey(System.getenv("OPENAI_API_KEY"))
            .setBaseUrl(System.getenv("OPENAI_BASE_URL"))
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .build()) {
      assertAnswered(provider.getModel("gpt-4o-mini").getResponse(HELLO));
    }
  }

  private static void assertAnswered(ModelResponse response) {
    assertFalse(response.output().isEmpty());
    assertTrue(response.output().get(0) instanceof Message message && !message.text().isBlank());
    assertTrue(response.usage().inputTokens() > 0);
  }
}
