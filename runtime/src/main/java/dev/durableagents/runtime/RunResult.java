package dev.durableagents.runtime;

import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@link Runner#run}: the final output and everything the run produced on the way.
 *
 * @param <T> the type of the final output
 */
public final class RunResult<T> {

  private final T finalOutput;
  private final List<Item> input;
  private final List<RunItem> newItems;
  private final List<ModelResponse> rawResponses;
  private final AgentDefinition lastAgent;
  private final Usage usage;

  /**
   * @param finalOutput the last agent's output
   * @param input the run's input items
   * @param newItems the items the run produced
   * @param rawResponses every model response, in order
   * @param lastAgent the agent that produced the final output
   * @param usage tokens used over every model call of the run
   */
  public RunResult(
      T finalOutput,
      List<Item> input,
      List<RunItem> newItems,
      List<ModelResponse> rawResponses,
      AgentDefinition lastAgent,
      Usage usage) {
    this.finalOutput = finalOutput;
    this.input = List.copyOf(input);
    this.newItems = List.copyOf(newItems);
    this.rawResponses = List.copyOf(rawResponses);
    this.lastAgent = lastAgent;
    this.usage = usage;
  }

  /** The final output: a {@code String}, or the structured output type's value. */
  public T finalOutput() {
    return finalOutput;
  }

  /** The run's input, as items. */
  public List<Item> input() {
    return input;
  }

  /**
   * What the run produced, in order: messages, tool calls and their outputs, and on the Responses
   * API reasoning, hosted tool calls and hosted MCP items (see {@link RunItem}).
   */
  public List<RunItem> newItems() {
    return newItems;
  }

  /** Every model response of the run, in order. */
  public List<ModelResponse> rawResponses() {
    return rawResponses;
  }

  /** The agent that produced the final output. */
  public AgentDefinition lastAgent() {
    return lastAgent;
  }

  /** Tokens used over every model call of the run. */
  public Usage usage() {
    return usage;
  }

  /** The id of the last model response, for a follow-up run's previous response id; or null. */
  public String lastResponseId() {
    return rawResponses.isEmpty() ? null : rawResponses.get(rawResponses.size() - 1).responseId();
  }

  /**
   * The input followed by every item the run produced: the conversation so far, ready to be the
   * input of the next run.
   */
  public List<Item> toInputList() {
    List<Item> items = new ArrayList<>(input.size() + newItems.size());
    items.addAll(input);
    for (RunItem item : newItems) {
      items.add(item.item());
    }
    return items;
  }

  @Override
  public String toString() {
    return "RunResult{lastAgent=" + lastAgent.name() + ", finalOutput=" + finalOutput + "}";
  }
}
