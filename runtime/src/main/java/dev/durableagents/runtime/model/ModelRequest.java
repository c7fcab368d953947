package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Everything one model call needs: the input of the model activity. It is serializable and holds
 * no secrets; API keys stay in the worker's model provider.
 *
 * @param agentName the name of the agent making the call
 * @param model the model name, or {@code null} for the provider's default
 * @param instructions the system prompt, or {@code null}
 * @param input the conversation so far (in a model activity's input with a {@code conversationRef}
 *     that names a base: only the items after the base)
 * @param settings the model settings
 * @param tools the function tools the model may call
 * @param handoffs the handoffs the model may take, offered as tools
 * @param outputSchema the schema of a structured final answer, or {@code null} for plain text
 * @param previousResponseId the id of the response this call continues on the server side, or
 *     {@code null}
 * @param hostedTools the tools the provider runs itself (web search, file search, ...)
 * @param conversationId the server-side conversation this call belongs to (the Responses API's
 *     {@code conversation}), or {@code null}
 * @param conversationRef in the model activity's input, how {@code input} continues a
 *     conversation the worker remembers (then {@code input} may hold only the new items); {@code
 *     null} when {@code input} is whole. The worker resolves it, so a {@code Model} always gets
 *     requests without one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelRequest(
    String agentName,
    String model,
    String instructions,
    List<Item> input,
    ModelSettings settings,
    List<FunctionToolSpec> tools,
    List<FunctionToolSpec> handoffs,
    OutputSchema outputSchema,
    String previousResponseId,
    List<HostedTool> hostedTools,
    String conversationId,
    ConversationRef conversationRef) {

  @JsonCreator
  public ModelRequest {
    Objects.requireNonNull(agentName, "agentName");
    input = List.copyOf(input);
    settings = settings == null ? ModelSettings.DEFAULT : settings;
    tools = tools == null ? List.of() : List.copyOf(tools);
    handoffs = handoffs == null ? List.of() : List.copyOf(handoffs);
    hostedTools = hostedTools == null ? List.of() : List.copyOf(hostedTools);
  }

  /** A request whose input is whole. */
  public ModelRequest(
      String agentName,
      String model,
      String instructions,
      List<Item> input,
      ModelSettings settings,
      List<FunctionToolSpec> tools,
      List<FunctionToolSpec> handoffs,
      OutputSchema outputSchema,
      String previousResponseId,
      List<HostedTool> hostedTools,
      String conversationId) {
    this(
        agentName,
        model,
        instructions,
        input,
        settings,
        tools,
        handoffs,
        outputSchema,
        previousResponseId,
        hostedTools,
        conversationId,
        null);
  }

  /** A request without hosted tools and outside any server-side conversation. */
  public ModelRequest(
      String agentName,
      String model,
      String instructions,
      List<Item> input,
      ModelSettings settings,
      List<FunctionToolSpec> tools,
      List<FunctionToolSpec> handoffs,
      OutputSchema outputSchema,
      String previousResponseId) {
    this(
        agentName,
        model,
        instructions,
        input,
        settings,
        tools,
        handoffs,
        outputSchema,
        previousResponseId,
        null,
        null);
  }

  /** This request with {@code hostedTools} instead of its own. */
  public ModelRequest withHostedTools(List<HostedTool> hostedTools) {
    return new ModelRequest(
        agentName,
        model,
        instructions,
        input,
        settings,
        tools,
        handoffs,
        outputSchema,
        previousResponseId,
        hostedTools,
        conversationId,
        conversationRef);
  }

  /** This request in the server-side conversation {@code conversationId} (may be null). */
  public ModelRequest withConversationId(String conversationId) {
    return new ModelRequest(
        agentName,
        model,
        instructions,
        input,
        settings,
        tools,
        handoffs,
        outputSchema,
        previousResponseId,
        hostedTools,
        conversationId,
        conversationRef);
  }

  /** This request with {@code input} instead of its own. */
  public ModelRequest withInput(List<Item> input) {
    return new ModelRequest(
        agentName,
        model,
        instructions,
        input,
        settings,
        tools,
        handoffs,
        outputSchema,
        previousResponseId,
        hostedTools,
        conversationId,
        conversationRef);
  }

  /** This request with {@code conversationRef} (may be null) instead of its own. */
  public ModelRequest withConversationRef(ConversationRef conversationRef) {
    return new ModelRequest(
        agentName,
        model,
        instructions,
        input,
        settings,
        tools,
        handoffs,
        outputSchema,
        previousResponseId,
        hostedTools,
        conversationId,
        conversationRef);
  }
}
