package dev.durableagents.bench;

import dev.durableagents.runtime.model.Item;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * A conversation of many turns with the {@link ChatAgent}, for the history benchmark: each turn
 * sends one user message of {@code messageChars} characters and gets one answer as long.
 */
@WorkflowInterface
public interface ChatWorkflow {

  /** How the conversation reaches the model. */
  enum Mode {
    /**
     * The default of {@code Runner.run}: the model gets the whole conversation every turn, while
     * each model activity's input in history holds only the new message and a reference to the
     * conversation the worker's cache holds.
     */
    REFERENCES,
    /**
     * Every turn records the whole conversation in history (the behaviour before references: {@code
     * RunConfig.setWholeConversationInHistory(true)}).
     */
    FULL_HISTORY,
    /** Every turn sends only the new message, with {@code RunConfig} previous response id. */
    PREVIOUS_RESPONSE_ID,
    /**
     * Like {@link #FULL_HISTORY} (whole conversations in history), continuing as new every {@code
     * continueAsNewEvery} turns.
     */
    CONTINUE_AS_NEW
  }

  /**
   * The conversation's state.
   *
   * @param turns the turns to run in all
   * @param messageChars the length of each user message (the model answers as long)
   * @param mode how the conversation reaches the model
   * @param continueAsNewEvery turns per run in {@link Mode#CONTINUE_AS_NEW}
   * @param turnsDone turns done by earlier runs of the chain
   * @param conversation the conversation so far
   * @param lastResponseId the last response's id, for {@link Mode#PREVIOUS_RESPONSE_ID}
   */
  record Input(
      int turns,
      int messageChars,
      Mode mode,
      int continueAsNewEvery,
      int turnsDone,
      List<Item> conversation,
      String lastResponseId) {}

  /** Runs the remaining turns; returns the number of turns done. */
  @WorkflowMethod
  int run(Input input);
}
