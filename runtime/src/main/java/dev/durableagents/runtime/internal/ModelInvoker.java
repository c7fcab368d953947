package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.PayloadTooLarge;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;

/** Schedules the model activity for one model call, from workflow code. */
final class ModelInvoker {

  private ModelInvoker() {}

  static ModelResponse invoke(WorkflowRuntime runtime, AgentDefinition agent, ModelRequest request) {
    try {
      return schedule(runtime, agent, request);
    } catch (ActivityFailure e) {
      String tooLarge = PayloadLimits.tooLarge(e.getCause());
      if (tooLarge != null) {
        throw new PayloadTooLarge(
            "The model's response to agent '" + agent.name() + "' is too large: " + tooLarge, e);
      }
      throw e;
    } catch (RuntimeException e) {
      String tooLarge = PayloadLimits.tooLarge(e);
      if (tooLarge != null) {
        // Refused while the workflow serialized the request: the conversation outgrew the limit.
        throw new PayloadTooLarge(
            "The model request of agent '"
                + agent.name()
                + "' is too large to schedule: "
                + tooLarge
                + "; keep less in the conversation (a handoff input filter, shorter tool results)"
                + " or keep it on the provider (RunConfig.setPreviousResponseId)",
            e);
      }
      throw e;
    }
  }

  private static ModelResponse schedule(
      WorkflowRuntime runtime, AgentDefinition agent, ModelRequest request) {
    ModelActivityOptions o = runtime.modelActivityOptions();
    String summary = summary(o, agent, request);
    if (o.isUseLocalActivity()) {
      // LocalActivityOptions rejects null timeouts: set only those that are configured.
      LocalActivityOptions.Builder local =
          LocalActivityOptions.newBuilder().setRetryOptions(o.getRetryOptions()).setSummary(summary);
      if (o.getStartToCloseTimeout() != null) {
        local.setStartToCloseTimeout(o.getStartToCloseTimeout());
      }
      if (o.getScheduleToCloseTimeout() != null) {
        local.setScheduleToCloseTimeout(o.getScheduleToCloseTimeout());
      }
      if (o.getScheduleToStartTimeout() != null) {
        local.setScheduleToStartTimeout(o.getScheduleToStartTimeout());
      }
      return Workflow.newUntypedLocalActivityStub(local.build())
          .execute(ModelActivity.INVOKE_MODEL, ModelResponse.class, request);
    }
    ActivityOptions.Builder options =
        ActivityOptions.newBuilder()
            .setTaskQueue(o.getTaskQueue())
            .setStartToCloseTimeout(o.getStartToCloseTimeout())
            .setScheduleToCloseTimeout(o.getScheduleToCloseTimeout())
            .setScheduleToStartTimeout(o.getScheduleToStartTimeout())
            .setHeartbeatTimeout(o.getHeartbeatTimeout())
            .setRetryOptions(o.getRetryOptions())
            .setSummary(summary);
    if (o.getCancellationType() != null) {
      options.setCancellationType(o.getCancellationType());
    }
    if (o.getPriority() != null) {
      options.setPriority(o.getPriority());
    }
    return Workflow.newUntypedActivityStub(options.build())
        .execute(ModelActivity.INVOKE_MODEL, ModelResponse.class, request);
  }

  private static String summary(ModelActivityOptions o, AgentDefinition agent, ModelRequest request) {
    if (o.getSummary() != null) {
      return o.getSummary();
    }
    if (o.getSummaryProvider() != null) {
      return o.getSummaryProvider().provide(agent, request);
    }
    return agent.name();
  }
}
