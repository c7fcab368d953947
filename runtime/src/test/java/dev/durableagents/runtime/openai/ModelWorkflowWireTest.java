package dev.durableagents.runtime.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.McpApprovalDecision;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.MultiModelProvider;
import dev.durableagents.runtime.OutputType;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.ImageGenerationCall;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.model.McpCall;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.Reasoning;
import dev.durableagents.runtime.model.Usage;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.RecordedRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import dev.durableagents.runtime.testing.Scenarios;
import dev.durableagents.runtime.testing.Scenarios.Outcome;
import dev.durableagents.runtime.testing.Scenarios.ScenarioWorkflow;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents in workflows on both APIs over real HTTP: a worker whose model provider routes {@code
 * responses/...} names to the Responses API and {@code chat/...} names to Chat Completions, both at
 * the loopback stub. Every test also checks that neither the API key nor the organization reaches
 * the workflow history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelWorkflowWireTest {

  static final String KEY = "sk-wire-secret-key";
  static final String ORG = "org-wire-secret-org";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  static final String WEATHER_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
          + "\"required\":[\"city\"],\"additionalProperties\":false}";

  static final FunctionToolDefinition WEATHER =
      FunctionToolDefinition.newBuilder("getWeather")
          .setDescription("Get the weather")
          .setParametersSchema(WEATHER_SCHEMA)
          .setInvoker(
              call -> Workflow.newPromise("Sunny in " + call.arguments().get("city", String.class)))
          .build();

  /** A structured output. */
  public record Forecast(String city, int celsius) {}

  static final OutputType<Forecast> FORECAST =
      OutputType.json(
          "Forecast",
          "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
              + "\"celsius\":{\"type\":\"integer\"}},\"required\":[\"city\",\"celsius\"],"
              + "\"additionalProperties\":false}",
          true,
          false,
          Forecast.class);

  /** Reads an image file for the model, as a data URL: file I/O belongs in an activity. */
  @ActivityInterface
  public interface ImageFiles {
    @ActivityMethod(name = "ImageFiles.readAsDataUrl")
    String readAsDataUrl(String path);
  }

  public static class ImageFilesImpl implements ImageFiles {
    @Override
    public String readAsDataUrl(String path) {
      try {
        return ContentPart.InputImage.ofBytes("image/png", Files.readAllBytes(Path.of(path)))
            .imageUrl();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  OpenAIStubServer stub;
  OpenAIProvider responses;
  OpenAIProvider chat;
  AgentTestEnvironment env;
  final List<String> workflowIds = new ArrayList<>();

  @BeforeAll
  void startAll() {
    stub = new OpenAIStubServer().start();
    responses =
        OpenAIProvider.newBuilder()
            .setApiKey(KEY)
            .setOrganization(ORG)
            .setBaseUrl(stub.baseUrl())
            .build();
    chat =
        OpenAIProvider.newBuilder()
            .setApiKey(KEY)
            .setOrganization(ORG)
            .setBaseUrl(stub.baseUrl())
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .build();
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(
                MultiModelProvider.newBuilder()
                    .addProvider("responses", responses)
                    .addProvider("chat", chat)
                    .build())
            .setModelActivityOptions(
                ModelActivityOptions.newBuilder()
                    // Generous: no test here times a call out, and a retry after a timeout would
                    // take the next scripted reply. A loaded CI machine must not fail them.
                    .setStartToCloseTimeout(Duration.ofSeconds(60))
                    .setRetryOptions(
                        RetryOptions.newBuilder()
                            .setInitialInterval(Duration.ofMillis(10))
                            .setMaximumAttempts(3)
                            .build())
                    .build())
            .build();
    env = AgentTestEnvironment.create(plugin, 600);
    env.worker().registerWorkflowImplementationTypes(Scenarios.ScenarioWorkflowImpl.class);
    env.worker().registerActivitiesImplementations(new ImageFilesImpl());
    env.start();
  }

  @AfterAll
  void stopAll() {
    env.close();
    responses.close();
    chat.close();
    stub.close();
  }

  @BeforeEach
  void resetStub() {
    stub.reset();
    workflowIds.clear();
  }

  @AfterEach
  void keyAndOrganizationNeverReachHistory() {
    for (String id : workflowIds) {
      String history = Histories.text(Histories.of(env.client(), id));
      assertFalse(history.contains(KEY), "API key in the history of " + id);
      assertFalse(history.contains(ORG), "organization in the history of " + id);
    }
  }

  private Outcome run(String scenario) {
    String id = scenario + "-" + workflowIds.size();
    workflowIds.add(id);
    return env.newWorkflow(ScenarioWorkflow.class, id).run(scenario);
  }

  private static AgentDefinition.Builder agent(String name, String model) {
    return AgentDefinition.newBuilder(name).setModel(model).setInstructions("Be helpful.");
  }

  @Test
  void textOnBothApis() {
    Scenarios.register(
        "text",
        () -> {
          RunResult<String> a = Runner.run(agent("A", "responses/gpt-4o").build(), "Hi A");
          RunResult<String> b = Runner.run(agent("B", "chat/llama3.2").build(), "Hi B");
          return new Outcome(
              a.finalOutput() + " | " + b.finalOutput(),
              List.of(),
              List.of(),
              List.of(),
              a.lastResponseId(),
              a.usage().plus(b.usage()));
        });
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Hello from Responses")));
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Hello from chat")));

    Outcome outcome = run("text");

    assertEquals("Hello from Responses | Hello from chat", outcome.finalOutput());
    assertEquals("resp_1", outcome.lastResponseId());
    assertEquals(new Usage(2, 21, 9, 30, 0, 0), outcome.usage());
    RecordedRequest r = stub.requests(OpenAIStubServer.RESPONSES_PATH).get(0);
    assertEquals("gpt-4o", r.body().path("model").asText());
    assertEquals("Be helpful.", r.body().path("instructions").asText());
    assertEquals(ORG, r.header("openai-organization"));
    RecordedRequest c = stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH).get(0);
    assertEquals("llama3.2", c.body().path("model").asText());
    assertEquals("Hi B", c.body().path("messages").get(1).path("content").asText());
  }

  @Test
  void toolCallRoundTripOnBothApis() {
    for (String model : List.of("responses/gpt-4o", "chat/gpt-4o-mini")) {
      Scenarios.register(
          "tools " + model,
          () -> Outcome.of(Runner.run(agent("Weather", model).addTool(WEATHER).build(), "Tokyo?")));
    }
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.functionCallResponse(
                "resp_1", "call_1", "getWeather", "{\"city\":\"Tokyo\"}")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Sunny.")));
    stub.enqueueChat(
        Reply.json(
            OpenAIStubServer.chatToolCallCompletion(
                "chatcmpl-1", "call_9", "getWeather", "{\"city\":\"Tokyo\"}")),
        Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-2", "Sunny!")));

    Outcome viaResponses = run("tools responses/gpt-4o");
    Outcome viaChat = run("tools chat/gpt-4o-mini");

    assertEquals("Sunny.", viaResponses.finalOutput());
    assertEquals("Sunny!", viaChat.finalOutput());
    List<String> kinds = List.of("ToolCallItem", "ToolCallOutputItem", "MessageOutputItem");
    assertEquals(kinds, viaResponses.kinds());
    assertEquals(kinds, viaChat.kinds());
    JsonNode second = stub.requests(OpenAIStubServer.RESPONSES_PATH).get(1).body().path("input");
    assertEquals("function_call", second.get(1).path("type").asText());
    assertEquals("function_call_output", second.get(2).path("type").asText());
    assertEquals("Sunny in Tokyo", second.get(2).path("output").asText());
    JsonNode messages =
        stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH).get(1).body().path("messages");
    assertEquals("call_9", messages.get(2).path("tool_calls").get(0).path("id").asText());
    assertEquals("tool", messages.get(3).path("role").asText());
    assertEquals("Sunny in Tokyo", messages.get(3).path("content").asText());
    assertEquals(
        "getWeather",
        stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH)
            .get(0)
            .body()
            .path("tools")
            .get(0)
            .path("function")
            .path("name")
            .asText());
  }

  @Test
  void structuredOutputOnBothApis() {
    for (String model : List.of("responses/gpt-4o", "chat/gpt-4o-mini")) {
      Scenarios.register(
          "structured " + model,
          () -> {
            RunResult<Forecast> result =
                Runner.run(agent("Forecaster", model).setOutputType(FORECAST).build(), "Tokyo?");
            return Outcome.of(result);
          });
    }
    stub.enqueue(
        Reply.json(OpenAIStubServer.textResponse("resp_1", "{\"city\":\"Tokyo\",\"celsius\":22}")));
    stub.enqueueChat(
        Reply.json(
            OpenAIStubServer.chatCompletion("chatcmpl-1", "{\"city\":\"Osaka\",\"celsius\":19}")));

    assertEquals(
        "{\"city\":\"Tokyo\",\"celsius\":22}", run("structured responses/gpt-4o").finalOutput());
    assertEquals(
        "{\"city\":\"Osaka\",\"celsius\":19}", run("structured chat/gpt-4o-mini").finalOutput());
    JsonNode format =
        stub.requests(OpenAIStubServer.RESPONSES_PATH).get(0).body().path("text").path("format");
    assertEquals("json_schema", format.path("type").asText());
    assertEquals("Forecast", format.path("name").asText());
    JsonNode chatFormat =
        stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH).get(0).body().path("response_format");
    assertEquals("Forecast", chatFormat.path("json_schema").path("name").asText());
    assertEquals(FORECAST.schema().schema(), chatFormat.path("json_schema").path("schema"));
  }

  @Test
  void imagesReadByAnActivityOnBothApis(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cat.png");
    Files.write(file, PNG);
    String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);
    for (String model : List.of("responses/gpt-4o", "chat/gpt-4o-mini")) {
      Scenarios.register(
          "image " + model,
          () -> {
            String url =
                Workflow.newActivityStub(
                        ImageFiles.class,
                        ActivityOptions.newBuilder()
                            .setStartToCloseTimeout(Duration.ofSeconds(5))
                            .build())
                    .readAsDataUrl(file.toString());
            Message question =
                new Message(
                    "user",
                    List.of(
                        new ContentPart.InputText("What is in these images?"),
                        ContentPart.InputImage.ofUrl(url),
                        ContentPart.InputImage.ofUrl("https://example.com/dog.jpg")
                            .withDetail("low")),
                    null);
            return Outcome.of(Runner.run(agent("Vision", model).build(), List.of(question)));
          });
    }
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "A cat and a dog.")));
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Cat, dog.")));

    assertEquals("A cat and a dog.", run("image responses/gpt-4o").finalOutput());
    assertEquals("Cat, dog.", run("image chat/gpt-4o-mini").finalOutput());

    JsonNode content =
        stub.requests(OpenAIStubServer.RESPONSES_PATH)
            .get(0)
            .body()
            .path("input")
            .get(0)
            .path("content");
    assertEquals("input_text", content.get(0).path("type").asText());
    assertEquals("input_image", content.get(1).path("type").asText());
    assertEquals(dataUrl, content.get(1).path("image_url").asText());
    assertEquals("https://example.com/dog.jpg", content.get(2).path("image_url").asText());
    assertEquals("low", content.get(2).path("detail").asText());
    JsonNode parts =
        stub.requests(OpenAIStubServer.CHAT_COMPLETIONS_PATH)
            .get(0)
            .body()
            .path("messages")
            .get(1)
            .path("content");
    assertEquals("text", parts.get(0).path("type").asText());
    assertEquals(dataUrl, parts.get(1).path("image_url").path("url").asText());
    assertEquals("low", parts.get(2).path("image_url").path("detail").asText());
  }

  @Test
  void previousResponseIdSendsOnlyNewItems() {
    Scenarios.register(
        "previous",
        () ->
            Outcome.of(
                Runner.run(
                    agent("Weather", "responses/gpt-4o").addTool(WEATHER).build(),
                    "And Kyoto?",
                    RunConfig.newBuilder().setPreviousResponseId("resp_0").build())));
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.functionCallResponse(
                "resp_1", "call_1", "getWeather", "{\"city\":\"Kyoto\"}")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Sunny in Kyoto.")));

    Outcome outcome = run("previous");

    assertEquals("resp_2", outcome.lastResponseId());
    List<RecordedRequest> requests = stub.requests();
    assertEquals("resp_0", requests.get(0).body().path("previous_response_id").asText());
    assertEquals(1, requests.get(0).body().path("input").size());
    assertEquals("And Kyoto?", requests.get(0).body().at("/input/0/content/0/text").asText());
    JsonNode second = requests.get(1).body();
    assertEquals("resp_1", second.path("previous_response_id").asText());
    assertEquals(1, second.path("input").size(), "only the tool output is new: " + second);
    assertEquals("function_call_output", second.at("/input/0/type").asText());
    assertEquals("call_1", second.at("/input/0/call_id").asText());
    // The result still holds the whole conversation.
    assertEquals(4, outcome.inputList().size());
  }

  @Test
  void aConversationIdSendsOnlyNewItemsInThatConversation() {
    Scenarios.register(
        "conversation",
        () ->
            Outcome.of(
                Runner.run(
                    agent("Weather", "responses/gpt-4o").addTool(WEATHER).build(),
                    "Lima?",
                    RunConfig.newBuilder().setConversationId("conv_42").build())));
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.functionCallResponse(
                "resp_1", "call_1", "getWeather", "{\"city\":\"Lima\"}")),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Sunny in Lima.")));

    assertEquals("Sunny in Lima.", run("conversation").finalOutput());

    for (RecordedRequest request : stub.requests()) {
      assertEquals("conv_42", request.body().path("conversation").asText());
      assertFalse(request.body().has("previous_response_id"));
    }
    JsonNode second = stub.requests().get(1).body().path("input");
    assertEquals(1, second.size(), second.toString());
    assertEquals("function_call_output", second.get(0).path("type").asText());
  }

  @Test
  void reasoningGoesBackWithItsIdBeforeTheCallsThatFollowedIt() {
    Scenarios.register(
        "reasoning",
        () ->
            Outcome.of(
                Runner.run(
                    agent("Thinker", "responses/o4-mini").addTool(WEATHER).build(), "Oslo?")));
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.response(
                "resp_1",
                OpenAIStubServer.usage(50, 40, 10, 32),
                OpenAIStubServer.reasoningItem("rs_1", "gAAA-enc", "Need the weather."),
                OpenAIStubServer.functionCallItem(
                    "fc_1", "call_1", "getWeather", "{\"city\":\"Oslo\"}"))),
        Reply.json(OpenAIStubServer.textResponse("resp_2", "Sunny in Oslo.")));

    Outcome outcome = run("reasoning");

    assertEquals(
        List.of("ReasoningItem", "ToolCallItem", "ToolCallOutputItem", "MessageOutputItem"),
        outcome.kinds());
    assertEquals(
        new Reasoning("rs_1", List.of("Need the weather."), List.of(), "gAAA-enc"),
        outcome.newItems().get(0));
    JsonNode input = stub.requests().get(1).body().path("input");
    assertEquals("reasoning", input.get(1).path("type").asText());
    assertEquals("rs_1", input.get(1).path("id").asText());
    assertEquals("Need the weather.", input.get(1).at("/summary/0/text").asText());
    assertEquals("gAAA-enc", input.get(1).path("encrypted_content").asText());
    assertEquals("function_call", input.get(2).path("type").asText());
    assertEquals("function_call_output", input.get(3).path("type").asText());
    assertEquals(32, outcome.usage().reasoningTokens());
    assertEquals(10, outcome.usage().cachedInputTokens());
  }

  @Test
  void hostedToolsTheirTypedItemsAndAnMcpApprovalInTheWorkflow() {
    AgentDefinition researcher =
        agent("Researcher", "responses/gpt-4o")
            .addHostedTool(HostedTool.webSearch())
            .addHostedTool(HostedTool.fileSearch("vs_1").withSearchResults())
            .addHostedTool(HostedTool.codeInterpreter())
            .addHostedTool(HostedTool.imageGeneration().withQuality("low").withSize("1024x1024"))
            .addHostedTool(
                HostedTool.mcp("deepwiki", "https://mcp.deepwiki.com/mcp")
                    .withRequireApproval("always"),
                request ->
                    new McpApprovalDecision(
                        true, "approved " + request.name() + " at " + Workflow.currentTimeMillis()))
            .build();
    Scenarios.register("hosted", () -> Outcome.of(Runner.run(researcher, "Research Patroclus")));
    stub.enqueue(
        Reply.json(
            OpenAIStubServer.response(
                "resp_1",
                OpenAIStubServer.usage(100, 60, 0, 20),
                OpenAIStubServer.reasoningItem("rs_1", null, "Search everything."),
                OpenAIStubServer.webSearchCallItem("ws_1", "Patroclus"),
                OpenAIStubServer.fileSearchCallItem(
                    "fs_1", "Patroclus", "file_1", "iliad.txt", "Patroclus, son of Menoetius"),
                OpenAIStubServer.codeInterpreterCallItem(
                    "ci_1", "print(9000 + 1)", "cntr_1", "9001"),
                OpenAIStubServer.imageGenerationCallItem(
                    "ig_1", Base64.getEncoder().encodeToString(PNG)),
                OpenAIStubServer.mcpListToolsItem("mcpl_1", "deepwiki", "ask_question"),
                OpenAIStubServer.mcpApprovalRequestItem(
                    "mcpr_1", "deepwiki", "ask_question", "{\"q\":\"language?\"}"))),
        Reply.json(
            OpenAIStubServer.response(
                "resp_2",
                OpenAIStubServer.usage(200, 10, 0, 0),
                OpenAIStubServer.mcpCallItem(
                    "mcp_1",
                    "deepwiki",
                    "ask_question",
                    "{\"q\":\"language?\"}",
                    "Greek",
                    "mcpr_1"),
                OpenAIStubServer.messageItem("msg_1", "Some language"))));

    Outcome outcome = run("hosted");

    assertEquals("Some language", outcome.finalOutput());
    assertEquals(
        List.of(
            "ReasoningItem",
            "HostedToolCallItem",
            "HostedToolCallItem",
            "HostedToolCallItem",
            "HostedToolCallItem",
            "McpListToolsItem",
            "McpApprovalRequestItem",
            "McpApprovalResponseItem",
            "HostedToolCallItem",
            "MessageOutputItem"),
        outcome.kinds());
    McpApprovalResponse approval =
        assertInstanceOf(McpApprovalResponse.class, outcome.newItems().get(7));
    assertEquals("mcpr_1", approval.approvalRequestId());
    assertTrue(approval.approve());
    assertTrue(approval.reason().startsWith("approved ask_question at "), approval.reason());
    assertInstanceOf(McpCall.class, outcome.newItems().get(8));
    assertEquals(PNG.length, ((ImageGenerationCall) outcome.newItems().get(4)).imageBytes().length);
    assertEquals(11, outcome.inputList().size(), "the input and every new item");

    JsonNode first = stub.requests().get(0).body();
    assertEquals(5, first.path("tools").size());
    assertEquals("file_search_call.results", first.path("include").get(0).asText());
    JsonNode input = stub.requests().get(1).body().path("input");
    List<String> types = new ArrayList<>();
    input.forEach(i -> types.add(i.path("type").asText()));
    assertEquals(
        List.of(
            "message",
            "reasoning",
            "web_search_call",
            "file_search_call",
            "code_interpreter_call",
            "image_generation_call",
            "mcp_list_tools",
            "mcp_approval_request",
            "mcp_approval_response"),
        types);
    assertEquals("mcpr_1", input.get(8).path("approval_request_id").asText());
    assertTrue(input.get(8).path("approve").asBoolean());
    assertEquals(Base64.getEncoder().encodeToString(PNG), input.get(5).path("result").asText());
    String history = Histories.text(Histories.of(env.client(), workflowIds.get(0)));
    assertTrue(history.contains("mcp_approval_response"), "the approval is in history");
  }

  @Test
  void aHostedToolOnChatCompletionsFailsWithoutRetrying() {
    Scenarios.register(
        "chat hosted",
        () ->
            Outcome.of(
                Runner.run(
                    agent("Searcher", "chat/llama3.2")
                        .addHostedTool(HostedTool.webSearch())
                        .build(),
                    "Search")));

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> run("chat hosted"));

    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, activity.getCause());
    assertEquals(OpenAIErrors.UNSUPPORTED_REQUEST_ERROR, cause.getType());
    assertTrue(cause.isNonRetryable());
    assertTrue(cause.getOriginalMessage().contains("hosted tool web_search"));
    assertEquals(List.of(), stub.requests());
    assertEquals(
        List.of(1), Histories.startedAttempts(Histories.of(env.client(), workflowIds.get(0))));
  }

  @Test
  void twoAgentsOfOneRunOnTwoProvidersAndApis() {
    Scenarios.register(
        "two models",
        () -> {
          RunResult<String> plan =
              Runner.run(agent("Planner", "responses/gpt-4o").build(), "Plan a haiku");
          RunResult<String> poem =
              Runner.run(agent("Poet", "chat/llama3.2").build(), plan.finalOutput());
          return Outcome.of(poem);
        });
    stub.enqueue(Reply.json(OpenAIStubServer.textResponse("resp_1", "Write about rain.")));
    stub.enqueueChat(Reply.json(OpenAIStubServer.chatCompletion("chatcmpl-1", "Rain falls...")));

    assertEquals("Rain falls...", run("two models").finalOutput());

    List<RecordedRequest> requests = stub.requests();
    assertEquals(OpenAIStubServer.RESPONSES_PATH, requests.get(0).path());
    assertEquals("gpt-4o", requests.get(0).body().path("model").asText());
    assertEquals(OpenAIStubServer.CHAT_COMPLETIONS_PATH, requests.get(1).path());
    assertEquals("llama3.2", requests.get(1).body().path("model").asText());
    assertEquals(
        "Write about rain.",
        requests.get(1).body().path("messages").get(1).path("content").asText());
    var history = Histories.of(env.client(), workflowIds.get(0));
    assertEquals(List.of("InvokeModel", "InvokeModel"), Histories.scheduledActivities(history));
    List<String> inputs = Histories.scheduledInputs(history);
    assertTrue(inputs.get(0).contains("\"model\":\"responses/gpt-4o\""), inputs.get(0));
    assertTrue(inputs.get(1).contains("\"model\":\"chat/llama3.2\""), inputs.get(1));
  }
}
