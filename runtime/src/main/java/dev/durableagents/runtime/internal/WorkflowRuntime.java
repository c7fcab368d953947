package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.mcp.McpToolFilter;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLocal;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.util.Map;

/**
 * What the {@link dev.durableagents.runtime.DurableAgentsPlugin} tells each workflow instance: the
 * model activity options, the default model and the activity options of MCP servers. The plugin's
 * workflow interceptor sets it when the instance is created, on every worker and on every replay
 * alike, so reading it is deterministic.
 *
 * @param modelActivityOptions options of every model activity
 * @param defaultModel the model of agents that name none, or {@code null} for the provider's
 *     default
 * @param mcpActivityOptions the activity options of MCP servers that set their own, by name
 * @param defaultMcpActivityOptions the activity options of the other MCP servers
 * @param historyMaxEvents a run stops before a model call once its workflow's history has this many
 *     events
 * @param historyMaxBytes the same, in bytes
 * @param wholeConversationInHistory whether every model activity's input holds the whole
 *     conversation (no conversation references), for every run of the workflow
 * @param mcpToolFilters the tool filters of MCP servers that have one, by name
 */
public record WorkflowRuntime(
    ModelActivityOptions modelActivityOptions,
    String defaultModel,
    Map<String, ActivityOptions> mcpActivityOptions,
    ActivityOptions defaultMcpActivityOptions,
    long historyMaxEvents,
    long historyMaxBytes,
    boolean wholeConversationInHistory,
    Map<String, McpToolFilter> mcpToolFilters) {

  public WorkflowRuntime {
    mcpActivityOptions = Map.copyOf(mcpActivityOptions);
    mcpToolFilters = mcpToolFilters == null ? Map.of() : Map.copyOf(mcpToolFilters);
    if (defaultMcpActivityOptions == null) {
      defaultMcpActivityOptions = McpServerProvider.DEFAULT_ACTIVITY_OPTIONS;
    }
  }

  /** A runtime that sends conversation references, with the default history limits. */
  public WorkflowRuntime(
      ModelActivityOptions modelActivityOptions,
      String defaultModel,
      Map<String, ActivityOptions> mcpActivityOptions,
      ActivityOptions defaultMcpActivityOptions) {
    this(
        modelActivityOptions,
        defaultModel,
        mcpActivityOptions,
        defaultMcpActivityOptions,
        DurableAgentsPlugin.DEFAULT_HISTORY_MAX_EVENTS,
        DurableAgentsPlugin.DEFAULT_HISTORY_MAX_BYTES,
        false,
        Map.of());
  }

  /** A runtime without MCP servers of its own. */
  public WorkflowRuntime(ModelActivityOptions modelActivityOptions, String defaultModel) {
    this(modelActivityOptions, defaultModel, Map.of(), null);
  }

  /** The activity options of the MCP server named {@code server}. */
  public ActivityOptions mcpActivityOptions(String server) {
    return mcpActivityOptions.getOrDefault(server, defaultMcpActivityOptions);
  }

  private static final WorkflowLocal<WorkflowRuntime> CURRENT =
      WorkflowLocal.withCachedInitial(() -> null);

  private static final WorkflowLocal<WorkflowOutboundCallsInterceptor> OUTBOUND =
      WorkflowLocal.withCachedInitial(() -> null);

  /** Installs the runtime for the current workflow instance. */
  static void install(WorkflowRuntime runtime) {
    CURRENT.set(runtime);
  }

  /**
   * Installs the outbound calls interceptor the plugin's interceptor was given for the current
   * workflow instance, through which handlers are registered without reflection.
   */
  static void installOutbound(WorkflowOutboundCallsInterceptor outbound) {
    OUTBOUND.set(outbound);
  }

  /** The current workflow instance's outbound calls interceptor, or {@code null}. */
  static WorkflowOutboundCallsInterceptor outbound() {
    return OUTBOUND.get();
  }

  /**
   * The runtime of the current workflow instance.
   *
   * @throws IllegalStateException outside a workflow, or when the worker's client has no plugin
   */
  public static WorkflowRuntime current() {
    if (!WorkflowUnsafe.isWorkflowThread()) {
      throw new IllegalStateException(
          "Runner.run must be called from workflow code; agents run inside Temporal workflows");
    }
    WorkflowRuntime runtime = CURRENT.get();
    if (runtime == null) {
      throw new IllegalStateException(
          "No DurableAgentsPlugin on this worker: set it on the WorkflowClient the worker factory"
              + " uses (WorkflowClientOptions.newBuilder().setPlugins(DurableAgentsPlugin...))"
              + " in workflow "
              + Workflow.getInfo().getWorkflowType());
    }
    return runtime;
  }
}
