package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelSettings;
import java.util.ArrayList;
import java.util.List;

/** Builds the model activity's input for one turn of an agent. */
final class RequestBuilder {

  private RequestBuilder() {}

  static ModelRequest build(
      AgentDefinition agent,
      List<FunctionToolDefinition> mcpTools,
      List<Item> input,
      RunConfig config,
      WorkflowRuntime runtime,
      RunContext<?> context,
      boolean agentUsedTools,
      String previousResponseId) {
    String model = config.model();
    if (model == null) {
      model = agent.model();
    }
    if (model == null) {
      model = runtime.defaultModel();
    }
    String instructions =
        agent.instructionsProvider() != null
            ? agent.instructionsProvider().instructions(context, agent)
            : agent.instructions();
    List<FunctionToolSpec> tools = new ArrayList<>(agent.tools().size());
    // Tools and handoffs whose IsEnabled predicate is false on this turn are left out.
    for (FunctionToolDefinition tool : agent.tools()) {
      if (tool.isEnabled(context, agent)) {
        tools.add(tool.spec());
      }
    }
    for (FunctionToolDefinition tool : mcpTools) {
      tools.add(tool.spec());
    }
    List<FunctionToolSpec> handoffs = new ArrayList<>(agent.handoffs().size());
    for (HandoffDefinition handoff : agent.handoffs()) {
      if (handoff.isEnabled(context, agent)) {
        handoffs.add(handoff.spec());
      }
    }
    ModelSettings settings = agent.modelSettings().overriddenBy(config.modelSettings());
    if (agent.resetToolChoice() && agentUsedTools && forcesTool(settings.toolChoice())) {
      // As the Agents SDK does: a forced tool choice would make the model call tools forever.
      settings = settings.toBuilder().setToolChoice(null).build();
    }
    return ModelRequest.newBuilder()
        .setAgentName(agent.name())
        .setModel(model)
        .setInstructions(instructions)
        .setInput(input)
        .setSettings(settings)
        .setTools(tools)
        .setHandoffs(handoffs)
        .setOutputSchema(agent.outputType().schema())
        .setPreviousResponseId(previousResponseId)
        .setHostedTools(agent.hostedTools())
        .setConversationId(config.conversationId())
        .build();
  }

  private static boolean forcesTool(String toolChoice) {
    return toolChoice != null && !toolChoice.equals("auto") && !toolChoice.equals("none");
  }
}
