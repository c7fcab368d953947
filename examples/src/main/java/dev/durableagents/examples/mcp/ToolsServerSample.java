package dev.durableagents.examples.mcp;

import static dev.durableagents.runtime.TestModel.text;
import static dev.durableagents.runtime.TestModel.toolCall;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import java.util.List;

/**
 * What the {@code mcp/Sse} and {@code mcp/StreamableHttp} samples share: an assistant that must use
 * the tools of the samples' {@link ToolsServer} ({@code add}, {@code get_secret_word}, {@code
 * get_current_weather}) to answer three questions, one run each.
 */
abstract class ToolsServerSample extends McpSample {

  static final List<String> QUESTIONS =
      List.of(
          "Add these numbers: 7 and 22.",
          "What's the weather in Tokyo?",
          "What's the secret word?");

  /** The assistant of the server named {@code server}. */
  static AgentDefinition assistant(String server) {
    return AgentDefinition.newBuilder("Assistant")
        .setInstructions("Use the tools to answer the questions.")
        .setModelSettings(ModelSettings.newBuilder().setToolChoice("required").build())
        .addMcpServer(server)
        .build();
  }

  /** Asks the questions, in workflow code; returns the answers. */
  static String ask(String server) {
    AgentDefinition assistant = assistant(server);
    StringBuilder answers = new StringBuilder();
    for (String question : QUESTIONS) {
      String answer = Runner.<String>run(assistant, question).finalOutput();
      answers.append(question).append("\n  ").append(answer).append('\n');
    }
    return answers.toString().strip();
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        toolCall("add", "{\"a\":7,\"b\":22}"),
        text("7 + 22 = 29."),
        toolCall("get_current_weather", "{\"city\":\"Tokyo\"}"),
        text("It is sunny in Tokyo, 22C."),
        toolCall("get_secret_word", "{}"),
        text("The secret word is cherry."));
  }
}
