package dev.durableagents.examples.reasoning_content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasoningContentTest {

  @Test
  void oneModelCallAskingForASummaryWhichTheResultShowsApartFromTheAnswer() {
    SampleRun run = SampleRun.offline(new ReasoningContent(), List.of());
    RecordedHistories.recordIfAsked("reasoning_content-ReasoningContent", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    ModelRequest request = run.modelRequests.get(0);
    assertEquals("Reasoner", request.agentName());
    assertEquals("o4-mini", request.model());
    assertEquals("auto", request.settings().reasoningSummary());
    assertEquals("low", request.settings().reasoningEffort());
    assertTrue(run.activityInputs().get(0).contains("\"reasoningSummary\":\"auto\""));
    assertEquals(
        "Prompt: What is the square root of 841? Please explain your reasoning.\n\n"
            + "Reasoning Content:\n"
            + "**Finding the square root of 841**\n\n"
            + "29 x 29 = 841, and 841 is between 28 x 28 = 784 and 30 x 30 = 900.\n\n"
            + "Regular Content:\n"
            + "The square root of 841 is 29.",
        run.result);
  }

  @Test
  void theModelArgumentOverridesTheAgentsModel() {
    SampleRun run =
        SampleRun.offline(new ReasoningContent(), List.of("Why is the sky blue?", "o3"));

    ModelRequest request = run.modelRequests.get(0);
    assertEquals("o3", request.model());
    assertEquals(List.of("Why is the sky blue?"), Scripts.userTexts(request));
    assertTrue(run.result.startsWith("Prompt: Why is the sky blue?\n"), run.result);
  }

  /** Against the loopback OpenAI stub: the Responses API request and the reasoning item. */
  @Test
  void onTheWireTheRequestAsksForASummaryAndTheSummaryIsRead() {
    try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
      stub.enqueue(
          Reply.json(
              OpenAIStubServer.response(
                  "resp_1",
                  OpenAIStubServer.usage(30, 120, 0, 96),
                  OpenAIStubServer.reasoningItem(
                      "rs_1", null, "Squaring 29 gives 841.", "So the root is 29."),
                  OpenAIStubServer.messageItem("msg_1", "It is 29."))));
      OpenAIProvider provider =
          OpenAIProvider.newBuilder().setApiKey("sk-test").setBaseUrl(stub.baseUrl()).build();

      SampleRun run =
          SampleRun.with(
              new ReasoningContent(), List.of(), provider, 600, new ReasoningContent()::register);

      assertEquals(1, stub.requests(OpenAIStubServer.RESPONSES_PATH).size());
      JsonNode body = stub.requests().get(0).body();
      assertEquals("o4-mini", body.get("model").asText());
      assertEquals("auto", body.get("reasoning").get("summary").asText());
      assertEquals("low", body.get("reasoning").get("effort").asText());
      assertTrue(
          run.result.contains(
              "Reasoning Content:\nSquaring 29 gives 841.\n\nSo the root is 29.\n\n"
                  + "Regular Content:\nIt is 29."),
          run.result);
    }
  }
}
