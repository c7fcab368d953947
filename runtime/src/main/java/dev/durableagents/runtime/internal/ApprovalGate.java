package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ApprovalDecision;
import dev.durableagents.runtime.ApprovalPolicy;
import dev.durableagents.runtime.ApprovalTimeout;
import dev.durableagents.runtime.Approvals;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.PendingApproval;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.ToolArguments;
import dev.durableagents.runtime.ToolArgumentsException;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.telemetry.GenAiAttributes;
import io.opentelemetry.api.trace.SpanKind;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.workflow.Async;
import io.temporal.workflow.HandlerUnfinishedPolicy;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLocal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Tool calls that wait for a person, in workflow code: one gate per workflow instance, shared by
 * all its agent runs, that holds the waiting calls and the decisions, and answers the approval
 * query and update ({@link ApprovalHandlers}).
 *
 * <p>A call waits with {@code Workflow.await}: nothing is scheduled while it waits (with a timeout,
 * one timer), so the wait costs no activity, survives worker restarts (a replay rebuilds the gate
 * from the recorded updates) and may last days. Every decision is an update, recorded in history.
 */
final class ApprovalGate implements ApprovalHandlers {

  private static final WorkflowLocal<ApprovalGate> CURRENT =
      WorkflowLocal.withCachedInitial(() -> null);

  // Replay-aware: silent while the workflow replays.
  private static final Logger log = Workflow.getLogger(ApprovalGate.class);

  // The calls waiting, by approval id, oldest first.
  private final Map<String, PendingApproval> pending = new LinkedHashMap<>();
  // Decisions not yet taken by their waiting call, by approval id (read by key only).
  private final Map<String, ApprovalDecision> decisions = new HashMap<>();
  // Every approval id given out in this workflow (read by key only).
  private final Set<String> issued = new HashSet<>();

  private ApprovalGate() {}

  /**
   * The gate of the current workflow; the first call registers its query and update handlers, so
   * that the query answers from the first agent run on.
   */
  static ApprovalGate current() {
    ApprovalGate gate = CURRENT.get();
    if (gate == null) {
      gate = new ApprovalGate();
      // Installed by the plugin's workflow interceptor together with the WorkflowRuntime every
      // agent run needs, so it is there whenever a run reaches this.
      gate.register(
          Objects.requireNonNull(
              WorkflowRuntime.outbound(), "the plugin's workflow interceptor is not installed"));
      CURRENT.set(gate);
    }
    return gate;
  }

  private static final Class<?>[] NO_ARGUMENTS = {};
  private static final Class<?>[] DECISION = {ApprovalDecision.class};

  /**
   * Registers the handlers of {@link ApprovalHandlers} as {@code Workflow.registerListener(gate)}
   * would (same names, same unfinished-handler policy), but without reading the interface by
   * reflection in every workflow run: that was about 5% of a short run's workflow-thread time.
   */
  private void register(WorkflowOutboundCallsInterceptor outbound) {
    outbound.registerQuery(
        new WorkflowOutboundCallsInterceptor.RegisterQueryInput(
            Approvals.QUERY_NAME, NO_ARGUMENTS, NO_ARGUMENTS, arguments -> pendingApprovals()));
    outbound.registerUpdateHandlers(
        new WorkflowOutboundCallsInterceptor.RegisterUpdateHandlersInput(
            List.of(
                new WorkflowOutboundCallsInterceptor.UpdateRegistrationRequest(
                    Approvals.UPDATE_NAME,
                    HandlerUnfinishedPolicy.WARN_AND_ABANDON,
                    DECISION,
                    DECISION,
                    arguments -> validateDecideApproval((ApprovalDecision) arguments[0]),
                    arguments -> {
                      decideApproval((ApprovalDecision) arguments[0]);
                      return null;
                    }))));
  }

  /**
   * Waits for a decision on each call that needs one, all at once, and returns, for each call in
   * order, {@code null} to run it or the text the model gets instead of its output. Calls whose
   * tool is unknown or whose arguments do not parse need no approval: the model is told the error.
   */
  List<String> decide(
      AgentDefinition agent,
      List<FunctionToolDefinition> mcpTools,
      List<FunctionCall> calls,
      RunContext<?> context,
      RunConfig config) {
    List<Promise<ApprovalDecision>> waits = new ArrayList<>(calls.size());
    boolean any = false;
    for (FunctionCall call : calls) {
      FunctionToolDefinition tool = ToolRunner.find(agent, mcpTools, call.name());
      Promise<ApprovalDecision> wait = null;
      if (tool != null && needsApproval(tool, call, agent, context, config)) {
        ApprovalTimeout timeout =
            tool.approvalTimeout() != null ? tool.approvalTimeout() : config.approvalTimeout();
        wait = request(call, agent, timeout);
        any = true;
      }
      waits.add(wait);
    }
    List<String> refusals = new ArrayList<>(calls.size());
    if (!any) {
      calls.forEach(c -> refusals.add(null));
      return refusals;
    }
    for (int i = 0; i < calls.size(); i++) {
      Promise<ApprovalDecision> wait = waits.get(i);
      ApprovalDecision decision = wait == null ? null : wait.get();
      refusals.add(
          decision == null || decision.approved() ? null : rejected(calls.get(i), decision));
    }
    return refusals;
  }

  private static boolean needsApproval(
      FunctionToolDefinition tool,
      FunctionCall call,
      AgentDefinition agent,
      RunContext<?> context,
      RunConfig config) {
    ApprovalPolicy own = tool.approvalPolicy();
    ApprovalPolicy run = config.approvalPolicy();
    if (own == null && run == null) {
      return false;
    }
    ToolArguments arguments;
    try {
      arguments = ToolArguments.parse(call.arguments());
    } catch (ToolArgumentsException e) {
      return false;
    }
    ToolCall toolCall = new ToolCall(call.callId(), call.name(), arguments, agent, context);
    return (own != null && own.needsApproval(context, toolCall))
        || (run != null && run.needsApproval(context, toolCall));
  }

  /** Puts the call on the list and waits, in a workflow thread of its own, for its decision. */
  private Promise<ApprovalDecision> request(
      FunctionCall call, AgentDefinition agent, ApprovalTimeout timeout) {
    String id = call.callId();
    for (int n = 2; issued.contains(id); n++) {
      id = call.callId() + "#" + n;
    }
    issued.add(id);
    long now = Workflow.currentTimeMillis();
    Instant decideBy = timeout == null ? null : Instant.ofEpochMilli(now).plus(timeout.after());
    PendingApproval approval =
        new PendingApproval(
            id,
            call.callId(),
            call.name(),
            call.arguments(),
            agent.name(),
            Instant.ofEpochMilli(now),
            decideBy);
    pending.put(id, approval);
    log.info(
        "Tool call {} of agent '{}' waits for approval as '{}'", call.name(), agent.name(), id);
    // With tracing on, the wait is a span of its own, a child of the turn's.
    WorkflowTelemetry telemetry = WorkflowTelemetry.current();
    WorkflowTelemetry.Step step =
        telemetry == null
            ? null
            : telemetry
                .start("await_approval " + call.name(), SpanKind.INTERNAL)
                .put(GenAiAttributes.TOOL_NAME, call.name())
                .put(GenAiAttributes.TOOL_CALL_ID, call.callId())
                .put(GenAiAttributes.AGENT_NAME, agent.name());
    String key = id;
    return Async.function(
        () -> {
          boolean decided;
          if (timeout == null) {
            Workflow.await(() -> decisions.containsKey(key));
            decided = true;
          } else {
            decided = Workflow.await(timeout.after(), () -> decisions.containsKey(key));
          }
          pending.remove(key);
          ApprovalDecision decision;
          if (decided) {
            decision = decisions.remove(key);
          } else {
            log.info("Approval '{}' timed out; approved by default: {}", key, timeout.approve());
            decision = new ApprovalDecision(key, timeout.approve(), timeout.reason());
          }
          if (step != null) {
            String outcome = decision.approved() ? "approved" : "rejected";
            step.put(
                GenAiAttributes.APPROVAL_DECISION, decided ? outcome : outcome + "_on_timeout");
            step.end(null, null);
          }
          return decision;
        });
  }

  /** What the model gets for a rejected call. */
  static String rejected(FunctionCall call, ApprovalDecision decision) {
    String reason = decision.reason();
    return "Error: the call of tool '"
        + call.name()
        + "' was not approved"
        + (reason == null || reason.isBlank() ? "." : ": " + reason);
  }

  @Override
  public List<PendingApproval> pendingApprovals() {
    List<PendingApproval> waiting = new ArrayList<>();
    for (PendingApproval approval : pending.values()) {
      if (!decisions.containsKey(approval.id())) {
        waiting.add(approval);
      }
    }
    return waiting;
  }

  @Override
  public void validateDecideApproval(ApprovalDecision decision) {
    if (decision == null || decision.id() == null) {
      throw new IllegalArgumentException("A decision must name the pending approval it decides");
    }
    String id = decision.id();
    if (decisions.containsKey(id) || (issued.contains(id) && !pending.containsKey(id))) {
      throw new IllegalArgumentException("Approval '" + id + "' was already decided");
    }
    if (!pending.containsKey(id)) {
      throw new IllegalArgumentException(
          "No tool call waits for approval as '" + id + "'; waiting: " + pending.keySet());
    }
  }

  @Override
  public void decideApproval(ApprovalDecision decision) {
    decisions.put(decision.id(), decision);
  }
}
