package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.ModelActivity;
import io.temporal.client.WorkflowFailedException;
import io.temporal.common.converter.Values;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;

/**
 * Turns the failure of an agent run, as a client (or a calling workflow) catches it, back into this
 * package's typed exceptions: no parsing of messages, only failure types and details.
 *
 * <pre>{@code
 * try {
 *   String answer = workflow.ask(question);
 * } catch (WorkflowFailedException e) {
 *   RuntimeException failure = AgentFailures.from(e);
 *   if (failure instanceof InputGuardrailTripwireTriggered tripped) {
 *     show("Refused by " + tripped.guardrailName());
 *   } else if (failure instanceof MaxTurnsExceeded max) {
 *     show("Gave up after " + max.maxTurns() + " turns");
 *   } else if (failure instanceof ModelRefusal refusal) {
 *     show(refusal.refusal());
 *   } else if (failure instanceof ModelException model && !model.retryable()) {
 *     show("Model error, HTTP status " + model.status());
 *   } else if (failure instanceof ToolCallFailed tool) {
 *     show("Tool " + tool.toolName() + " failed");
 *   } else {
 *     throw e;
 *   }
 * }
 * }</pre>
 *
 * <p>What it recognises, walking the cause chain from the outside in (so a child workflow's or an
 * update's failure decodes too):
 *
 * <ul>
 *   <li>{@code ApplicationFailure} of type {@code InputGuardrailTripwireTriggered} or {@code
 *       OutputGuardrailTripwireTriggered}: the guardrail's name and output info (in its JSON form);
 *   <li>type {@code ToolInputGuardrailTripwireTriggered} or {@code
 *       ToolOutputGuardrailTripwireTriggered}: the same, and the tool's name;
 *   <li>type {@code MaxTurnsExceeded}: the limit and the agent;
 *   <li>type {@code ModelRefusal}: the agent and the refusal;
 *   <li>type {@code ToolCallFailed}: the tool's name (its cause is the tool's own failure);
 *   <li>an {@code ActivityFailure} of the model activity caused by an {@code ApplicationFailure}: a
 *       {@link ModelException} with the failure's type, whether it was retryable and the provider's
 *       HTTP status when there was one.
 * </ul>
 *
 * <p>The decoded exception's message is the failure's original message and its cause is the failure
 * itself, so nothing is lost.
 */
public final class AgentFailures {

  private AgentFailures() {}

  /**
   * The typed exception a failed run's workflow failed with.
   *
   * @param failure what the client caught
   * @return the typed exception, or {@code null} when the run failed for another reason
   */
  public static RuntimeException from(WorkflowFailedException failure) {
    return from((Throwable) failure);
  }

  /**
   * The typed exception somewhere in {@code failure}'s cause chain: a {@code
   * WorkflowFailedException}, a {@code ChildWorkflowFailure}, a {@code WorkflowUpdateException}, an
   * {@code ActivityFailure} of the model activity, or an {@code ApplicationFailure} itself.
   *
   * @return the typed exception, or {@code null} when the chain holds none of the failures above
   */
  public static RuntimeException from(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      RuntimeException decoded = decode(t);
      if (decoded != null) {
        return decoded;
      }
    }
    return null;
  }

  private static RuntimeException decode(Throwable t) {
    if (t instanceof ActivityFailure activity
        && ModelActivity.INVOKE_MODEL.equals(activity.getActivityType())
        && activity.getCause() instanceof ApplicationFailure cause) {
      Integer status = detail(cause.getDetails(), 0, Integer.class);
      return new ModelException(
          cause.getOriginalMessage(),
          cause.getType(),
          !cause.isNonRetryable(),
          null,
          status,
          activity);
    }
    if (!(t instanceof ApplicationFailure application) || application.getType() == null) {
      return null;
    }
    Values details = application.getDetails();
    String message = application.getOriginalMessage();
    switch (application.getType()) {
      case "InputGuardrailTripwireTriggered":
        return new InputGuardrailTripwireTriggered(
            message,
            detail(details, 0, String.class),
            detail(details, 1, Object.class),
            application);
      case "OutputGuardrailTripwireTriggered":
        return new OutputGuardrailTripwireTriggered(
            message,
            detail(details, 0, String.class),
            detail(details, 1, Object.class),
            application);
      case "ToolInputGuardrailTripwireTriggered":
        return new ToolInputGuardrailTripwireTriggered(
            message,
            detail(details, 0, String.class),
            detail(details, 2, String.class),
            detail(details, 1, Object.class),
            application);
      case "ToolOutputGuardrailTripwireTriggered":
        return new ToolOutputGuardrailTripwireTriggered(
            message,
            detail(details, 0, String.class),
            detail(details, 2, String.class),
            detail(details, 1, Object.class),
            application);
      case "MaxTurnsExceeded":
        Integer maxTurns = detail(details, 0, Integer.class);
        return new MaxTurnsExceeded(
            message,
            maxTurns == null ? 0 : maxTurns,
            detail(details, 1, String.class),
            application);
      case "ModelRefusal":
        return new ModelRefusal(
            message,
            detail(details, 0, String.class),
            detail(details, 1, String.class),
            application);
      case "ToolCallFailed":
        return new ToolCallFailed(message, detail(details, 0, String.class), application);
      default:
        return null;
    }
  }

  /** Detail {@code index} as {@code type}, or {@code null} when absent or unreadable. */
  private static <T> T detail(Values details, int index, Class<T> type) {
    if (details == null || details.getSize() <= index) {
      return null;
    }
    try {
      return details.get(index, type);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
