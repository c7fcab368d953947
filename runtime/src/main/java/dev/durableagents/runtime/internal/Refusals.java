package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ModelRefusal;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import io.temporal.workflow.Workflow;

/**
 * A final message that is only a refusal ends the run with {@link ModelRefusal}, instead of an
 * empty text output (or an output that does not parse). Histories recorded before that replay as
 * they ran: the version marker ({@link #CHANGE_ID}) is written only when a refusal arrives.
 */
final class Refusals {

  /** The change id of {@code Workflow.getVersion}. */
  static final String CHANGE_ID = "durable-agents.model-refusal";

  private Refusals() {}

  /** Throws {@link ModelRefusal} when {@code message} holds a refusal and no text. */
  static void check(AgentDefinition agent, Message message) {
    StringBuilder refusal = new StringBuilder();
    for (ContentPart part : message.content()) {
      if (part instanceof ContentPart.Refusal r) {
        refusal.append(r.refusal());
      }
    }
    if (refusal.length() == 0 || !message.text().isEmpty()) {
      return;
    }
    if (Workflow.getVersion(CHANGE_ID, Workflow.DEFAULT_VERSION, 1) >= 1) {
      throw new ModelRefusal(agent.name(), refusal.toString());
    }
  }
}
