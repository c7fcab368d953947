package dev.durableagents.processor.writing;

import com.palantir.javapoet.ClassName;

/**
 * The run-time types generated code refers to, by name: the processor does not depend on the
 * runtime or Temporal jars.
 */
final class RuntimeNames {

  private RuntimeNames() {}

  private static final String RUNTIME = "dev.durableagents.runtime";

  static final ClassName AGENT_DEFINITION = ClassName.get(RUNTIME, "AgentDefinition");
  static final ClassName FUNCTION_TOOL_DEFINITION =
      ClassName.get(RUNTIME, "FunctionToolDefinition");
  static final ClassName OUTPUT_TYPE = ClassName.get(RUNTIME, "OutputType");
  static final ClassName RUNNER = ClassName.get(RUNTIME, "Runner");
  static final ClassName RUN_RESULT = ClassName.get(RUNTIME, "RunResult");
  static final ClassName TOOL_CALL = ClassName.get(RUNTIME, "ToolCall");
  static final ClassName AGENT_REGISTRY = ClassName.get(RUNTIME + ".internal", "AgentRegistry");
  static final ClassName APPROVAL_POLICY = ClassName.get(RUNTIME, "ApprovalPolicy");
  static final ClassName APPROVAL_TIMEOUT = ClassName.get(RUNTIME, "ApprovalTimeout");
  static final ClassName AGENT_TOOLS = ClassName.get(RUNTIME + ".internal", "AgentTools");
  static final ClassName HANDOFF_DEFINITION = ClassName.get(RUNTIME, "HandoffDefinition");
  static final ClassName INPUT_GUARDRAIL = ClassName.get(RUNTIME, "InputGuardrail");
  static final ClassName AGENT_TOOL_OPTIONS = ClassName.get(RUNTIME, "AgentToolOptions");
  static final ClassName RUN_CONFIG = ClassName.get(RUNTIME, "RunConfig");
  static final ClassName TOOL_ERROR_FORMATTER = ClassName.get(RUNTIME, "ToolErrorFormatter");
  static final ClassName TOOL_USE_BEHAVIOR = ClassName.get(RUNTIME, "ToolUseBehavior");
  static final ClassName RUN_CONTEXT = ClassName.get(RUNTIME, "RunContext");
  static final ClassName MODEL_SETTINGS = ClassName.get(RUNTIME + ".model", "ModelSettings");
  static final ClassName HOSTED_TOOL = ClassName.get(RUNTIME + ".model", "HostedTool");
  static final ClassName USER_LOCATION =
      HOSTED_TOOL.nestedClass("WebSearch").nestedClass("UserLocation");

  static final ClassName WORKFLOW_INTERFACE =
      ClassName.get("io.temporal.workflow", "WorkflowInterface");
  static final ClassName WORKFLOW_METHOD = ClassName.get("io.temporal.workflow", "WorkflowMethod");
  static final ClassName WORKFLOW = ClassName.get("io.temporal.workflow", "Workflow");
  static final ClassName PROMISE = ClassName.get("io.temporal.workflow", "Promise");
  static final ClassName ASYNC = ClassName.get("io.temporal.workflow", "Async");
  static final ClassName ACTIVITY_INTERFACE =
      ClassName.get("io.temporal.activity", "ActivityInterface");
  static final ClassName ACTIVITY_METHOD = ClassName.get("io.temporal.activity", "ActivityMethod");
  static final ClassName ACTIVITY_OPTIONS =
      ClassName.get("io.temporal.activity", "ActivityOptions");
  static final ClassName LOCAL_ACTIVITY_OPTIONS =
      ClassName.get("io.temporal.activity", "LocalActivityOptions");
  static final ClassName RETRY_OPTIONS = ClassName.get("io.temporal.common", "RetryOptions");
  static final ClassName WORKER = ClassName.get("io.temporal.worker", "Worker");

  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
}
