package dev.durableagents.runtime.telemetry;

/**
 * The metrics an agent worker records through the {@code OpenTelemetry} of {@code
 * DurableAgentsPlugin.Builder.setOpenTelemetry}, all under the meter {@link #METER}. Model metrics
 * are recorded on the worker that calls the model, once per attempt; tool and run metrics in the
 * workflow, once per call or run (never again on replay).
 */
public final class MetricNames {

  private MetricNames() {}

  /** The instrumentation scope of every span and metric. */
  public static final String METER = "dev.durableagents";

  /**
   * Counter of tokens, {@code {token}}: attributes {@code gen_ai.agent.name}, {@code
   * gen_ai.request.model} and {@code gen_ai.token.type} ({@code input}, {@code output}, {@code
   * cached_input}, {@code reasoning}; cached and reasoning are parts of input and output).
   */
  public static final String TOKENS = "durable_agents.model.tokens";

  /**
   * Histogram of model call latency, in seconds, per attempt (GenAI's {@code
   * gen_ai.client.operation.duration}): attributes {@code gen_ai.operation.name}, {@code
   * gen_ai.request.model}, {@code gen_ai.agent.name}, and {@code error.type} when the call failed.
   */
  public static final String MODEL_DURATION = "gen_ai.client.operation.duration";

  /**
   * Histogram of tool call latency, in seconds, from the call's start in the workflow to its result
   * (retries included): attributes {@code gen_ai.tool.name}, {@code gen_ai.agent.name}, {@code
   * durable_agents.tool.kind}, and {@code error.type} when the call failed.
   */
  public static final String TOOL_DURATION = "durable_agents.tool.duration";

  /** Counter of tool calls that failed (after their retries): the same attributes. */
  public static final String TOOL_FAILURES = "durable_agents.tool.failures";

  /**
   * Counter of agent runs that ended: attributes {@code gen_ai.agent.name} (the run's first agent),
   * {@code durable_agents.run.outcome} ({@code completed}, {@code failed}) and {@code error.type}.
   */
  public static final String RUNS = "durable_agents.runs";
}
