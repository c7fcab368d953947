package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link OpenAIProvider.Builder#setClient}: a client the user built, against the loopback stub. */
class OpenAIProviderClientTest {

  OpenAIStubServer stub;
  OpenAIClient client;

  @BeforeEach
  void start() {
    stub = new OpenAIStubServer().start();
    // Built as a user might: with its own header, and retries left at openai-java's default (2).
    client =
        OpenAIOkHttpClient.builder()
            .apiKey("sk-own-client")
            .baseUrl(stub.baseUrl())
            .putHeader("X-Proxy-Route", "team-a")
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    stub.close();
  }

  @Test
  void callsGoThroughTheGivenClient() {
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl_1", "Hello!")));
    OpenAIProvider provider =
        OpenAIProvider.newBuilder()
            .setClient(client)
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .setDefaultModel("llama3.2")
            .build();

    ModelResponse response =
        provider.getModel(null).getResponse(OpenAIResponsesWireTest.minimalRequest());

    assertEquals(1, response.output().size());
    OpenAIStubServer.RecordedRequest request = stub.requests().get(0);
    assertEquals(OpenAIStubServer.CHAT_COMPLETIONS_PATH, request.path());
    assertEquals("team-a", request.header("x-proxy-route"));
    assertEquals("Bearer sk-own-client", request.header("authorization"));
    assertEquals("llama3.2", request.body().path("model").asText());
    assertTrue(provider.hasApiKey());
  }

  @Test
  void theGivenClientDoesNotRetryTemporalRetriesTheActivity() {
    stub.enqueue(Reply.error(500, null, "boom"), Reply.error(500, null, "boom"));
    OpenAIProvider provider = OpenAIProvider.newBuilder().setClient(client).build();

    ModelException e =
        assertThrows(
            ModelException.class,
            () ->
                provider.getModel("gpt-4o").getResponse(OpenAIResponsesWireTest.minimalRequest()));

    assertTrue(e.retryable());
    assertEquals(1, stub.requests().size(), "one HTTP request per activity attempt");
  }

  @Test
  void closingTheProviderLeavesTheGivenClientOpen() {
    stub.enqueue(
        Reply.json(OpenAIStubServer.textResponse("resp_1", "one")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "two")));
    OpenAIProvider provider = OpenAIProvider.newBuilder().setClient(client).build();
    provider.getModel("gpt-4o").getResponse(OpenAIResponsesWireTest.minimalRequest());

    provider.close();

    ModelResponse again =
        provider.getModel("gpt-4o").getResponse(OpenAIResponsesWireTest.minimalRequest());
    assertEquals("resp_2", again.responseId());
  }

  @Test
  void settingsTheClientWouldIgnoreAreRejected() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                OpenAIProvider.newBuilder()
                    .setClient(client)
                    .setApiKey("sk-other")
                    .putHeader("X-Team", "b")
                    .build());

    assertEquals(
        "OpenAIProvider: setClient(...) uses the client as it was built, so setApiKey, putHeader"
            + " would be ignored; configure the client's builder instead",
        e.getMessage());
  }
}
