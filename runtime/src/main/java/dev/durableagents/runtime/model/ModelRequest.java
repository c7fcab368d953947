package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Everything one model call needs: the input of the model activity. It is serializable and holds no
 * secrets; API keys stay in the worker's model provider.
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
 * @param conversationRef in the model activity's input, how {@code input} continues a conversation
 *     the worker remembers (then {@code input} may hold only the new items); {@code null} when
 *     {@code input} is whole. The worker resolves it, so a {@code Model} always gets requests
 *     without one
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
    return toBuilder().setHostedTools(hostedTools).build();
  }

  /** This request in the server-side conversation {@code conversationId} (may be null). */
  public ModelRequest withConversationId(String conversationId) {
    return toBuilder().setConversationId(conversationId).build();
  }

  /** This request with {@code input} instead of its own. */
  public ModelRequest withInput(List<Item> input) {
    return toBuilder().setInput(input).build();
  }

  /** This request with {@code conversationRef} (may be null) instead of its own. */
  public ModelRequest withConversationRef(ConversationRef conversationRef) {
    return toBuilder().setConversationRef(conversationRef).build();
  }

  /** A builder of a request; {@link Builder#build()} needs at least an agent name and input. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * A builder holding every value of this request: change some and build, and the others are kept,
   * including any added to this record later.
   */
  public Builder toBuilder() {
    return new Builder()
        .setAgentName(agentName)
        .setModel(model)
        .setInstructions(instructions)
        .setInput(input)
        .setSettings(settings)
        .setTools(tools)
        .setHandoffs(handoffs)
        .setOutputSchema(outputSchema)
        .setPreviousResponseId(previousResponseId)
        .setHostedTools(hostedTools)
        .setConversationId(conversationId)
        .setConversationRef(conversationRef);
  }

  /** Builds a {@link ModelRequest}; see the record's components for each value. */
  public static final class Builder {

    private String agentName;
    private String model;
    private String instructions;
    private List<Item> input = List.of();
    private ModelSettings settings;
    private List<FunctionToolSpec> tools;
    private List<FunctionToolSpec> handoffs;
    private OutputSchema outputSchema;
    private String previousResponseId;
    private List<HostedTool> hostedTools;
    private String conversationId;
    private ConversationRef conversationRef;

    private Builder() {}

    /** The name of the agent making the call; required. */
    public Builder setAgentName(String agentName) {
      this.agentName = agentName;
      return this;
    }

    /** The model name, or {@code null} for the provider's default. */
    public Builder setModel(String model) {
      this.model = model;
      return this;
    }

    /** The system prompt, or {@code null}. */
    public Builder setInstructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    /** The conversation so far; default empty. */
    public Builder setInput(List<Item> input) {
      this.input = input;
      return this;
    }

    /** The model settings; default {@link ModelSettings#DEFAULT}. */
    public Builder setSettings(ModelSettings settings) {
      this.settings = settings;
      return this;
    }

    /** The function tools the model may call. */
    public Builder setTools(List<FunctionToolSpec> tools) {
      this.tools = tools;
      return this;
    }

    /** The handoffs the model may take, offered as tools. */
    public Builder setHandoffs(List<FunctionToolSpec> handoffs) {
      this.handoffs = handoffs;
      return this;
    }

    /** The schema of a structured final answer, or {@code null} for plain text. */
    public Builder setOutputSchema(OutputSchema outputSchema) {
      this.outputSchema = outputSchema;
      return this;
    }

    /** The response this call continues on the server side, or {@code null}. */
    public Builder setPreviousResponseId(String previousResponseId) {
      this.previousResponseId = previousResponseId;
      return this;
    }

    /** The tools the provider runs itself. */
    public Builder setHostedTools(List<HostedTool> hostedTools) {
      this.hostedTools = hostedTools;
      return this;
    }

    /** The server-side conversation this call belongs to, or {@code null}. */
    public Builder setConversationId(String conversationId) {
      this.conversationId = conversationId;
      return this;
    }

    /**
     * In a model activity's input, how {@code input} continues a conversation an earlier call sent,
     * or {@code null}; set by the runtime, not by users.
     */
    public Builder setConversationRef(ConversationRef conversationRef) {
      this.conversationRef = conversationRef;
      return this;
    }

    /**
     * The request.
     *
     * @throws NullPointerException if no agent name or a {@code null} input was set
     */
    public ModelRequest build() {
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
}
