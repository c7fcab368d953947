package dev.durableagents.runtime;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a subscriber of a streamed run sees ({@link RunSubscription}), and what workflow code sees
 * of a streamed run ({@link Runner#runStreamed}): live deltas, durable item events, and one
 * terminal event.
 *
 * <ul>
 *   <li><b>Live</b> ({@link TextDelta}, {@link ReasoningDelta}, {@link AttemptRestarted}): pieces
 *       of a model call while it runs. They are not in the workflow's state or history; a
 *       subscriber sees those the model writes while it follows the run. Consecutive pieces may
 *       arrive merged; the deltas of a call, from its last {@link AttemptRestarted} on, add up to
 *       the text of its {@link MessageOutput}s.
 *   <li><b>Durable</b> ({@link ItemEvent}): numbered from 0 by {@link ItemEvent#offset()}, kept in
 *       the workflow's state (rebuilt by replay, so they survive worker crashes) and read by a
 *       query: every subscriber gets every one, however late it connects, and can resume after any
 *       offset.
 *   <li><b>Terminal</b> ({@link RunCompleted}, {@link RunFailed}): the last event of a run, durable
 *       too.
 * </ul>
 */
public sealed interface RunEvent {

  /** A piece of assistant text of model call {@code callId}, attempt {@code attempt}. */
  record TextDelta(String callId, int attempt, String delta) implements RunEvent {}

  /** A piece of the model's reasoning of model call {@code callId}, attempt {@code attempt}. */
  record ReasoningDelta(String callId, int attempt, String delta) implements RunEvent {}

  /**
   * Attempt {@code attempt} of model call {@code callId} started over, after an attempt that failed
   * (a worker crash, a dropped connection, an API error) or of which the subscriber saw nothing:
   * drop the deltas of the call received so far; the new attempt's deltas follow from the start.
   * {@code attempt} is 0 when the subscriber learned of the restart only from the call's recorded
   * output.
   */
  record AttemptRestarted(String callId, int attempt) implements RunEvent {}

  /** A durable event, with its place in the run's event stream. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = AgentChanged.class, name = "agent_changed"),
    @JsonSubTypes.Type(value = MessageOutput.class, name = "message_output"),
    @JsonSubTypes.Type(value = ReasoningOutput.class, name = "reasoning_output"),
    @JsonSubTypes.Type(value = ToolCallStarted.class, name = "tool_call_started"),
    @JsonSubTypes.Type(value = ToolCallFinished.class, name = "tool_call_finished"),
    @JsonSubTypes.Type(value = HandoffTaken.class, name = "handoff"),
    @JsonSubTypes.Type(value = RunCompleted.class, name = "run_completed"),
    @JsonSubTypes.Type(value = RunFailed.class, name = "run_failed")
  })
  sealed interface ItemEvent extends RunEvent {

    /** The event's place in the run's durable events, from 0. */
    long offset();

    /** The agent the event belongs to. */
    String agentName();
  }

  /**
   * The run's current agent changed: at the start of the run ({@code previousAgent} is {@code
   * null}) and after each handoff.
   */
  record AgentChanged(long offset, String agentName, String previousAgent) implements ItemEvent {}

  /** An assistant message of model call {@code callId}, complete. */
  record MessageOutput(long offset, String agentName, String callId, String text)
      implements ItemEvent {}

  /** The reasoning (summary) text of model call {@code callId}, complete. */
  record ReasoningOutput(long offset, String agentName, String callId, String text)
      implements ItemEvent {}

  /**
   * A function tool call, asked for by model call {@code callId}, starts.
   *
   * @param toolCallId the model's id of the tool call
   * @param arguments the arguments, as JSON text
   */
  record ToolCallStarted(
      long offset,
      String agentName,
      String callId,
      String toolCallId,
      String toolName,
      String arguments)
      implements ItemEvent {}

  /**
   * A function tool call finished.
   *
   * @param output the text sent back to the model
   */
  record ToolCallFinished(
      long offset, String agentName, String toolCallId, String toolName, String output)
      implements ItemEvent {}

  /** Agent {@code agentName} handed the run off to {@code targetAgent}. */
  record HandoffTaken(long offset, String agentName, String targetAgent) implements ItemEvent {}

  /**
   * The run ended with its final output (terminal).
   *
   * @param agentName the agent that produced it
   * @param finalOutput the output: the text of a {@code String} output, else its JSON text
   */
  record RunCompleted(long offset, String agentName, String finalOutput) implements ItemEvent {}

  /**
   * The run failed (terminal).
   *
   * @param agentName the agent that was running
   * @param failure the failure's type and message
   */
  record RunFailed(long offset, String agentName, String failure) implements ItemEvent {}
}
