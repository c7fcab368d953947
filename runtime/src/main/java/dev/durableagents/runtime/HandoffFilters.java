package dev.durableagents.runtime;

import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import java.util.ArrayList;
import java.util.List;

/** Ready-made {@link HandoffInputFilter}s. */
public final class HandoffFilters {

  private HandoffFilters() {}

  /** A filter that removes every tool call, tool output and handoff item. */
  public static HandoffInputFilter removeAllTools() {
    return new RemoveAllTools();
  }

  /**
   * Removes every tool call, tool output and handoff item from the history, so the next agent sees
   * only the messages; like the Agents SDK's {@code handoff_filters.remove_all_tools}.
   */
  public static final class RemoveAllTools implements HandoffInputFilter {

    @Override
    public HandoffInputData filter(HandoffInputData data) {
      List<Item> history = new ArrayList<>();
      for (Item item : data.inputHistory()) {
        if (!(item instanceof FunctionCall) && !(item instanceof FunctionCallOutput)) {
          history.add(item);
        }
      }
      return new HandoffInputData(
          history, withoutTools(data.preHandoffItems()), withoutTools(data.newItems()));
    }

    private static List<RunItem> withoutTools(List<RunItem> items) {
      List<RunItem> kept = new ArrayList<>();
      for (RunItem item : items) {
        if (!(item instanceof RunItem.ToolCallItem)
            && !(item instanceof RunItem.ToolCallOutputItem)
            && !(item instanceof RunItem.HandoffCallItem)
            && !(item instanceof RunItem.HandoffOutputItem)) {
          kept.add(item);
        }
      }
      return kept;
    }
  }
}
