package dev.durableagents.examples.handoffs;

import dev.durableagents.runtime.HandoffFilters;
import dev.durableagents.runtime.HandoffInputData;
import dev.durableagents.runtime.HandoffInputFilter;
import dev.durableagents.runtime.model.Item;
import java.util.List;

/**
 * What the Spanish assistant sees of the conversation: no tool calls or outputs at all, and, just
 * for demonstration, not the first two items of the history. Runs in the workflow.
 */
public final class SpanishHandoffFilter implements HandoffInputFilter {

  @Override
  public HandoffInputData filter(HandoffInputData data) {
    HandoffInputData withoutTools = HandoffFilters.removeAllTools().filter(data);
    List<Item> history = withoutTools.inputHistory();
    return new HandoffInputData(
        history.subList(Math.min(2, history.size()), history.size()),
        withoutTools.preHandoffItems(),
        withoutTools.newItems());
  }
}
