package dev.durableagents.runtime.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The attribute keys of the spans and metrics of agent runs: OpenTelemetry's GenAI semantic
 * conventions (no stable artifact carries them yet, so they are spelled out here), and the few of
 * this library, under {@code durable_agents.}.
 */
public final class GenAiAttributes {

  private GenAiAttributes() {}

  /**
   * {@code chat} for model calls, {@code execute_tool} for tool calls, {@code invoke_agent} for
   * runs.
   */
  public static final AttributeKey<String> OPERATION_NAME =
      AttributeKey.stringKey("gen_ai.operation.name");

  /** The model the request names. */
  public static final AttributeKey<String> REQUEST_MODEL =
      AttributeKey.stringKey("gen_ai.request.model");

  /** The model that answered, as far as it is known. */
  public static final AttributeKey<String> RESPONSE_MODEL =
      AttributeKey.stringKey("gen_ai.response.model");

  /** The provider's id of the response. */
  public static final AttributeKey<String> RESPONSE_ID =
      AttributeKey.stringKey("gen_ai.response.id");

  /** Input (prompt) tokens of a model call. */
  public static final AttributeKey<Long> USAGE_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.input_tokens");

  /** Output (completion) tokens of a model call. */
  public static final AttributeKey<Long> USAGE_OUTPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.output_tokens");

  /** Why the model stopped: {@code tool_calls} when it called tools, else {@code stop}. */
  public static final AttributeKey<List<String>> RESPONSE_FINISH_REASONS =
      AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");

  /** The tool's name as the model sees it. */
  public static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");

  /** The model's id of the tool call. */
  public static final AttributeKey<String> TOOL_CALL_ID =
      AttributeKey.stringKey("gen_ai.tool.call.id");

  /**
   * {@code function} for function tools (activities, in-workflow, MCP), else the hosted tool's
   * type.
   */
  public static final AttributeKey<String> TOOL_TYPE = AttributeKey.stringKey("gen_ai.tool.type");

  /** The agent's name. */
  public static final AttributeKey<String> AGENT_NAME = AttributeKey.stringKey("gen_ai.agent.name");

  /** {@code input}, {@code output}, {@code cached_input} or {@code reasoning}, on token metrics. */
  public static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");

  /** The class of an error: a failure type, or an exception's simple class name. */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** Input tokens served from the provider's prompt cache. */
  public static final AttributeKey<Long> USAGE_CACHED_INPUT_TOKENS =
      AttributeKey.longKey("durable_agents.usage.cached_input_tokens");

  /** Output tokens spent on reasoning. */
  public static final AttributeKey<Long> USAGE_REASONING_TOKENS =
      AttributeKey.longKey("durable_agents.usage.reasoning_tokens");

  /** How a tool runs: {@code activity}, {@code workflow} (in-workflow) or {@code mcp}. */
  public static final AttributeKey<String> TOOL_KIND =
      AttributeKey.stringKey("durable_agents.tool.kind");

  /**
   * How a tool call that waited for a person was decided: {@code approved}, {@code rejected}, or
   * {@code approved_on_timeout} / {@code rejected_on_timeout}.
   */
  public static final AttributeKey<String> APPROVAL_DECISION =
      AttributeKey.stringKey("durable_agents.approval.decision");

  /** The turn of a run, from 1. */
  public static final AttributeKey<Long> TURN = AttributeKey.longKey("durable_agents.turn");

  /** The agent a handoff leaves. */
  public static final AttributeKey<String> HANDOFF_FROM =
      AttributeKey.stringKey("durable_agents.handoff.from");

  /** The agent a handoff goes to. */
  public static final AttributeKey<String> HANDOFF_TO =
      AttributeKey.stringKey("durable_agents.handoff.to");

  /** A guardrail's name. */
  public static final AttributeKey<String> GUARDRAIL_NAME =
      AttributeKey.stringKey("durable_agents.guardrail.name");

  /** {@code input} or {@code output}. */
  public static final AttributeKey<String> GUARDRAIL_KIND =
      AttributeKey.stringKey("durable_agents.guardrail.kind");

  /** Whether the guardrail's tripwire was triggered. */
  public static final AttributeKey<Boolean> GUARDRAIL_TRIGGERED =
      AttributeKey.booleanKey("durable_agents.guardrail.triggered");

  /** {@code completed} or {@code failed}, on the runs metric. */
  public static final AttributeKey<String> RUN_OUTCOME =
      AttributeKey.stringKey("durable_agents.run.outcome");

  /** The Temporal workflow id of the span's workflow. */
  public static final AttributeKey<String> WORKFLOW_ID =
      AttributeKey.stringKey("temporal.workflow.id");

  /** The Temporal run id of the span's workflow. */
  public static final AttributeKey<String> RUN_ID = AttributeKey.stringKey("temporal.run.id");

  /** The Temporal activity type of an activity span. */
  public static final AttributeKey<String> ACTIVITY_TYPE =
      AttributeKey.stringKey("temporal.activity.type");

  /** The attempt of an activity, from 1. */
  public static final AttributeKey<Long> ACTIVITY_ATTEMPT =
      AttributeKey.longKey("temporal.activity.attempt");
}
