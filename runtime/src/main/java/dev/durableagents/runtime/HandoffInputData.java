package dev.durableagents.runtime;

import dev.durableagents.runtime.model.Item;
import java.util.List;

/**
 * What the agent taking over a run will see, given to a {@link HandoffInputFilter} to trim.
 *
 * @param inputHistory the run's input
 * @param preHandoffItems the items the run produced before the turn that handed off
 * @param newItems the items of the turn that handed off, including the handoff call and its output
 */
public record HandoffInputData(
    List<Item> inputHistory, List<RunItem> preHandoffItems, List<RunItem> newItems) {

  public HandoffInputData {
    inputHistory = List.copyOf(inputHistory);
    preHandoffItems = List.copyOf(preHandoffItems);
    newItems = List.copyOf(newItems);
  }
}
