package dev.durableagents.examples.handoffs;

import dev.durableagents.runtime.model.Item;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** The {@link MessageFilter} sample's workflow. */
@WorkflowInterface
public interface MessageFilterWorkflow {

  /**
   * The last answer and the conversation as the last agent saw it, plus its answer.
   *
   * @param finalOutput the Spanish assistant's answer
   * @param finalMessages the last run's input (as filtered by the handoff) and what it produced
   */
  record MessageFilterResult(String finalOutput, List<Item> finalMessages) {}

  /** A four-step conversation with {@code userName}, ending in a filtered handoff. */
  @WorkflowMethod
  MessageFilterResult run(String userName);
}
