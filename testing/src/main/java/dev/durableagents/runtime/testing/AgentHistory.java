package dev.durableagents.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The event history of one agent run, with the assertions agent tests make on it: which activities
 * were scheduled and in what order (one {@code InvokeModel} per model call, one {@code
 * <ToolSet>.<method>} per tool call), and what went into them.
 *
 * <pre>{@code
 * AgentHistory history = AgentHistory.of(client, "weather-1");
 * history.assertActivities("InvokeModel", "WeatherTools.getWeather", "InvokeModel");
 * history.assertActivityInputContains(1, "Tokyo");
 * }</pre>
 *
 * <p>The static helpers of {@link Histories} read the same things from a raw {@link
 * WorkflowExecutionHistory}.
 */
public final class AgentHistory {

  /** The activity type of every model call. */
  public static final String MODEL_ACTIVITY = "InvokeModel";

  private final String workflowId;
  private final WorkflowExecutionHistory history;

  private AgentHistory(String workflowId, WorkflowExecutionHistory history) {
    this.workflowId = workflowId;
    this.history = history;
  }

  /** The history of the workflow with this id, as the server holds it now. */
  public static AgentHistory of(WorkflowClient client, String workflowId) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(workflowId, "workflowId");
    return new AgentHistory(workflowId, client.fetchHistory(workflowId));
  }

  /** Wraps a history read elsewhere (for example from a JSON file). */
  public static AgentHistory of(WorkflowExecutionHistory history) {
    return new AgentHistory(history.getWorkflowExecution().getWorkflowId(), history);
  }

  /** The workflow id. */
  public String workflowId() {
    return workflowId;
  }

  /** The raw history, for {@code WorkflowReplayer} or assertions of your own. */
  public WorkflowExecutionHistory raw() {
    return history;
  }

  /** Every event, in order. */
  public List<HistoryEvent> events() {
    return history.getEvents();
  }

  /** The events of this type, in order. */
  public List<HistoryEvent> events(EventType type) {
    return Histories.events(history, type);
  }

  /** The activity types scheduled, in order. */
  public List<String> activities() {
    return Histories.scheduledActivities(history);
  }

  /** How many model calls were scheduled. */
  public int modelCalls() {
    return (int) activities().stream().filter(MODEL_ACTIVITY::equals).count();
  }

  /** The JSON input of each scheduled activity, in order. */
  public List<String> activityInputs() {
    return Histories.scheduledInputs(history);
  }

  /** The JSON result of each completed activity, in order of completion. */
  public List<String> activityResults() {
    return Histories.completedResults(history);
  }

  /** The size of the history as JSON, in bytes: what grows toward Temporal's limits. */
  public long bytes() {
    return history.toJson(false).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /**
   * Asserts that exactly these activity types were scheduled, in this order.
   *
   * @return this history, for more assertions
   */
  public AgentHistory assertActivities(String... expectedTypes) {
    assertEquals(
        Arrays.asList(expectedTypes),
        activities(),
        () -> "activities scheduled by workflow " + workflowId);
    return this;
  }

  /**
   * Asserts that the input of the {@code index}-th scheduled activity (from 0) contains {@code
   * text}.
   *
   * @return this history, for more assertions
   */
  public AgentHistory assertActivityInputContains(int index, String text) {
    List<String> inputs = activityInputs();
    if (index < 0 || index >= inputs.size()) {
      throw new AssertionError(
          "workflow " + workflowId + " scheduled " + inputs.size() + " activities, no #" + index);
    }
    if (!inputs.get(index).contains(text)) {
      throw new AssertionError(
          "input of activity #"
              + index
              + " ("
              + activities().get(index)
              + ") of workflow "
              + workflowId
              + " does not contain <"
              + text
              + ">: "
              + inputs.get(index));
    }
    return this;
  }

  /**
   * Asserts that no event of the history contains {@code text} (an API key, say).
   *
   * @return this history, for more assertions
   */
  public AgentHistory assertNowhere(String text) {
    if (Histories.text(history).contains(text)) {
      throw new AssertionError(
          "the history of workflow " + workflowId + " contains <" + text + ">");
    }
    return this;
  }
}
