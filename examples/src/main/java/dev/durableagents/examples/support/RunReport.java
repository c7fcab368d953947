package dev.durableagents.examples.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A short account of a run, read from its workflow history: each activity (model call or tool call)
 * in the order the workflow scheduled it, with the agent that made each model call, its duration
 * and tokens; activities scheduled together (parallel agent runs, parallel tool calls) are marked
 * as such; child workflows are reported inside their parent.
 */
public final class RunReport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVOKE_MODEL = "InvokeModel";
  private static final String INVOKE_MODEL_STREAMING = "InvokeModelStreaming";

  private RunReport() {}

  /** Whether an activity type is a model call, streamed or not. */
  private static boolean isModelCall(String type) {
    return type.equals(INVOKE_MODEL) || type.equals(INVOKE_MODEL_STREAMING);
  }

  /** One activity of the history. */
  private static final class Step {
    final long scheduledEventId;
    final long workflowTaskId;
    final String type;
    final String agent;
    final long scheduledAt;
    long closedAt = -1;
    String outcome = "running";
    long tokensIn = -1;
    long tokensOut = -1;
    // The hosted tools the provider ran during a model call (web search, code, ...).
    List<String> hostedCalls = List.of();

    Step(HistoryEvent event, String type, String agent) {
      this.scheduledEventId = event.getEventId();
      this.workflowTaskId =
          event.getActivityTaskScheduledEventAttributes().getWorkflowTaskCompletedEventId();
      this.type = type;
      this.agent = agent;
      this.scheduledAt = toMillis(event.getEventTime());
    }
  }

  /** A child workflow the run started, reported in place. */
  private record Child(long eventId, String workflowId, String runId, String type) {}

  /**
   * The account of the workflow's latest run: one line per activity, then a line of totals.
   *
   * @param client a client of the server the workflow ran on
   * @param workflowId the workflow's id
   */
  public static List<String> lines(WorkflowClient client, String workflowId) {
    return lines(client, client.fetchHistory(workflowId), "  ");
  }

  private static List<String> lines(
      WorkflowClient client, WorkflowExecutionHistory history, String indent) {
    Map<Long, Step> steps = new LinkedHashMap<>();
    Map<Long, Child> children = new LinkedHashMap<>();
    String continuedFrom = null;
    for (HistoryEvent event : history.getEvents()) {
      switch (event.getEventType()) {
        case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> {
          String previous =
              event.getWorkflowExecutionStartedEventAttributes().getContinuedExecutionRunId();
          continuedFrom = previous.isEmpty() ? null : previous;
        }
        case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
          ActivityTaskScheduledEventAttributes a = event.getActivityTaskScheduledEventAttributes();
          String type = a.getActivityType().getName();
          String agent = isModelCall(type) ? agentOf(event, a.getInput()) : "";
          steps.put(event.getEventId(), new Step(event, type, agent));
        }
        case EVENT_TYPE_ACTIVITY_TASK_COMPLETED -> {
          var a = event.getActivityTaskCompletedEventAttributes();
          Step step = close(steps, a.getScheduledEventId(), event, "ok");
          if (step != null && isModelCall(step.type) && a.getResult().getPayloadsCount() > 0) {
            JsonNode usage = parse(a.getResult().getPayloads(0)).path("usage");
            step.tokensIn = usage.path("inputTokens").asLong();
            step.tokensOut = usage.path("outputTokens").asLong();
            step.hostedCalls = hostedCalls(parse(a.getResult().getPayloads(0)).path("output"));
          }
        }
        case EVENT_TYPE_ACTIVITY_TASK_FAILED ->
            close(
                steps,
                event.getActivityTaskFailedEventAttributes().getScheduledEventId(),
                event,
                "failed: "
                    + event.getActivityTaskFailedEventAttributes().getFailure().getMessage());
        case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT ->
            close(
                steps,
                event.getActivityTaskTimedOutEventAttributes().getScheduledEventId(),
                event,
                "timed out");
        case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
            close(
                steps,
                event.getActivityTaskCanceledEventAttributes().getScheduledEventId(),
                event,
                "canceled");
        case EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED -> {
          var a = event.getChildWorkflowExecutionStartedEventAttributes();
          children.put(
              a.getInitiatedEventId(),
              new Child(
                  a.getInitiatedEventId(),
                  a.getWorkflowExecution().getWorkflowId(),
                  a.getWorkflowExecution().getRunId(),
                  a.getWorkflowType().getName()));
        }
        default -> {}
      }
    }
    return render(client, steps, children, continuedFrom, indent);
  }

  private static List<String> render(
      WorkflowClient client,
      Map<Long, Step> steps,
      Map<Long, Child> children,
      String continuedFrom,
      String indent) {
    List<String> lines = new ArrayList<>();
    if (continuedFrom != null) {
      lines.add(indent + "(this run continued as new from run " + continuedFrom + ")");
    }
    // Activities scheduled by the same workflow task started together: they ran in parallel.
    Map<Long, List<Integer>> groups = new LinkedHashMap<>();
    List<Step> ordered = new ArrayList<>(steps.values());
    for (int i = 0; i < ordered.size(); i++) {
      groups.computeIfAbsent(ordered.get(i).workflowTaskId, k -> new ArrayList<>()).add(i + 1);
    }
    Map<String, Integer> callsByAgent = new LinkedHashMap<>();
    long tokensIn = 0;
    long tokensOut = 0;
    int n = 0;
    List<Child> pendingChildren = new ArrayList<>(children.values());
    for (Step step : ordered) {
      while (!pendingChildren.isEmpty()
          && pendingChildren.get(0).eventId() < step.scheduledEventId) {
        lines.addAll(child(client, pendingChildren.remove(0), indent));
      }
      n++;
      StringBuilder line = new StringBuilder();
      line.append(String.format("%s%2d. activity %-26s %-20s", indent, n, step.type, step.agent));
      if (step.closedAt >= 0) {
        line.append(String.format(" %6d ms", step.closedAt - step.scheduledAt));
      }
      if (!step.outcome.equals("ok")) {
        line.append("   ").append(step.outcome);
      }
      if (step.tokensIn >= 0) {
        line.append(String.format("   %d tokens in, %d out", step.tokensIn, step.tokensOut));
        tokensIn += step.tokensIn;
        tokensOut += step.tokensOut;
      }
      if (!step.hostedCalls.isEmpty()) {
        line.append("   hosted: ").append(String.join(", ", step.hostedCalls));
      }
      if (isModelCall(step.type)) {
        callsByAgent.merge(step.agent, 1, Integer::sum);
      }
      List<Integer> group = groups.get(step.workflowTaskId);
      if (group.size() > 1) {
        line.append(
            String.format("   (in parallel: %d-%d)", group.get(0), group.get(group.size() - 1)));
      }
      lines.add(line.toString());
    }
    for (Child child : pendingChildren) {
      lines.addAll(child(client, child, indent));
    }
    if (!callsByAgent.isEmpty()) {
      List<String> perAgent = new ArrayList<>();
      callsByAgent.forEach((agent, calls) -> perAgent.add(agent + " " + calls));
      int calls = callsByAgent.values().stream().mapToInt(Integer::intValue).sum();
      lines.add(
          String.format(
              "%sModel calls: %d (%s); tokens: %d in, %d out",
              indent, calls, String.join(", ", perAgent), tokensIn, tokensOut));
    }
    return lines;
  }

  private static List<String> child(WorkflowClient client, Child child, String indent) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + "    child workflow " + child.type() + " " + child.workflowId() + ":");
    WorkflowExecutionHistory history = client.fetchHistory(child.workflowId(), child.runId());
    lines.addAll(lines(client, history, indent + "      "));
    return lines;
  }

  /**
   * The types of the hosted tool calls among a model response's output items ({@code
   * web_search_call}, {@code code_interpreter_call}, ...): calls the provider ran itself, which are
   * no activities.
   */
  private static List<String> hostedCalls(JsonNode output) {
    List<String> calls = new ArrayList<>();
    for (JsonNode item : output) {
      String type = item.path("type").asText("");
      if (type.endsWith("_call") && !type.equals("function_call")) {
        calls.add(type);
      }
    }
    return calls;
  }

  private static Step close(
      Map<Long, Step> steps, long scheduledId, HistoryEvent event, String outcome) {
    Step step = steps.get(scheduledId);
    if (step != null) {
      step.closedAt = toMillis(event.getEventTime());
      step.outcome = outcome;
    }
    return step;
  }

  /**
   * The agent of a model call: the one its request names, else the activity's summary (which the
   * plugin sets to the agent's name, and which stays readable when a codec encrypts payloads).
   */
  private static String agentOf(HistoryEvent event, Payloads input) {
    if (input.getPayloadsCount() > 0) {
      String agent = parse(input.getPayloads(0)).path("agentName").asText("");
      if (!agent.isEmpty()) {
        return agent;
      }
    }
    if (event.hasUserMetadata() && event.getUserMetadata().hasSummary()) {
      return parse(event.getUserMetadata().getSummary()).asText("");
    }
    return "";
  }

  private static JsonNode parse(Payload payload) {
    try {
      return JSON.readTree(payload.getData().toString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      return JSON.missingNode();
    }
  }

  private static long toMillis(com.google.protobuf.Timestamp t) {
    return t.getSeconds() * 1000 + t.getNanos() / 1_000_000;
  }
}
