package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import java.util.Map;

/** Carries out the handoff call the model chose, in workflow code. */
final class HandoffRunner {

  /** The output the ignored handoffs of a response get, as the Agents SDK words it. */
  static final String IGNORED = "Multiple handoffs detected, ignoring this one.";

  /**
   * What a handoff call led to.
   *
   * @param output the call's output, sent back to the model
   * @param target the agent taking over, or {@code null} when the call was invalid
   */
  record Outcome(FunctionCallOutput output, AgentDefinition target) {}

  private HandoffRunner() {}

  /** The handoff of {@code agent} the model calls {@code toolName}, or {@code null}. */
  static HandoffDefinition find(AgentDefinition agent, String toolName) {
    for (HandoffDefinition handoff : agent.handoffs()) {
      if (handoff.toolName().equals(toolName)) {
        return handoff;
      }
    }
    return null;
  }

  /**
   * The handoff of {@code agent} the model calls {@code toolName} if it is enabled on this turn,
   * else {@code null} (a call to a disabled handoff is answered as a call to an unknown tool).
   */
  static HandoffDefinition findEnabled(
      AgentDefinition agent, String toolName, RunContext<?> context) {
    HandoffDefinition handoff = find(agent, toolName);
    return handoff != null && handoff.isEnabled(context, agent) ? handoff : null;
  }

  /** Runs the hook of {@code handoff} on the call's input and names the agent taking over. */
  static Outcome take(HandoffDefinition handoff, FunctionCall call, RunContext<?> context) {
    Object input = null;
    if (handoff.inputType() != null) {
      try {
        input = Json.mapper().readValue(blankToEmpty(call.arguments()), handoff.inputType());
      } catch (Exception e) {
        return new Outcome(
            new FunctionCallOutput(
                call.callId(),
                "Error: invalid arguments for handoff '"
                    + call.name()
                    + "': "
                    + Json.firstLine(e.getMessage())),
            null);
      }
    }
    if (handoff.onHandoff() != null) {
      handoff.onHandoff().onHandoff(context, input);
    }
    AgentDefinition target = handoff.target();
    String output = Json.toText(Map.of("assistant", target.name()));
    return new Outcome(new FunctionCallOutput(call.callId(), output), target);
  }

  private static String blankToEmpty(String arguments) {
    return arguments == null || arguments.isBlank() ? "{}" : arguments;
  }
}
