package dev.durableagents.runtime;

import java.util.Objects;
import java.util.Set;

/**
 * Decides, call by call, whether a tool call waits for a person's approval before it runs. A call
 * that needs approval pauses the run durably: it is listed by the workflow's {@value
 * Approvals#QUERY_NAME} query, and runs, or goes back to the model as rejected, when a person
 * decides it with the {@value Approvals#UPDATE_NAME} update (see {@link Approvals}).
 *
 * <p>Set it on a tool ({@link FunctionToolDefinition.Builder#setApprovalPolicy}, or
 * {@code @FunctionTool(needsApproval = true)} for {@link #always()}), on an agent's local MCP
 * server ({@link AgentDefinition.Builder#addMcpServer(String, ApprovalPolicy)}), or on a run
 * ({@link RunConfig.Builder#setApprovalPolicy}); a call needs approval when its tool's policy or
 * the run's says so.
 *
 * <pre>{@code
 * // Refunds above 100 need a person; smaller ones go ahead.
 * ApprovalPolicy bigRefunds = (context, call) ->
 *     call.toolName().equals("refund") && call.arguments().get("amount", Double.class) > 100;
 * RunConfig config = RunConfig.newBuilder().setApprovalPolicy(bigRefunds).build();
 * }</pre>
 *
 * <p>The policy runs in workflow code, before the call starts, so it must be deterministic: it may
 * read the call, its arguments and the run's context, but do no I/O and read no clock or randomness
 * of its own.
 */
@FunctionalInterface
public interface ApprovalPolicy {

  /**
   * Whether {@code call} waits for a person's decision.
   *
   * @param context the run's context
   * @param call the tool call, with its parsed arguments and the agent that made it
   */
  boolean needsApproval(RunContext<?> context, ToolCall call);

  /** Every call needs approval. */
  static ApprovalPolicy always() {
    return (context, call) -> true;
  }

  /** No call needs approval. */
  static ApprovalPolicy never() {
    return (context, call) -> false;
  }

  /** The calls of the tools named {@code toolNames} need approval. */
  static ApprovalPolicy forTools(String... toolNames) {
    Set<String> names = Set.of(toolNames);
    return (context, call) -> names.contains(call.toolName());
  }

  /** A call needs approval when this policy or {@code other} says so. */
  default ApprovalPolicy or(ApprovalPolicy other) {
    Objects.requireNonNull(other, "other");
    return (context, call) -> needsApproval(context, call) || other.needsApproval(context, call);
  }
}
