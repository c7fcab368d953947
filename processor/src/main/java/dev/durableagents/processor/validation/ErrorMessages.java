package dev.durableagents.processor.validation;

/**
 * Every diagnostic the processor reports, in one place. Each starts with a stable tag in brackets,
 * which tests refer to; the text says what is wrong and how to fix it.
 */
public final class ErrorMessages {

  private ErrorMessages() {}

  public static final String AGENT_NOT_INTERFACE =
      "[AgentNotInterface] @Agent must annotate an interface; declare %s as 'public interface'";

  public static final String AGENT_NOT_PUBLIC =
      "[AgentNotPublic] @Agent interface %s must be public: the generated workflow implements it"
          + " from generated code";

  public static final String AGENT_GENERIC =
      "[AgentGeneric] @Agent interface %s must not declare type parameters; use concrete types in"
          + " its run method";

  public static final String NESTED_NOT_STATIC =
      "[NestedNotAccessible] %s is nested in a type the generated code cannot reach; make every"
          + " enclosing type public and static";

  public static final String AGENT_NO_RUN_METHOD =
      "[AgentNoRunMethod] @Agent interface %s has no abstract method; declare exactly one run"
          + " method, e.g. 'String run(String input);'";

  public static final String AGENT_SEVERAL_RUN_METHODS =
      "[AgentSeveralRunMethods] @Agent interface %s has %d abstract methods (%s); declare exactly"
          + " one run method, and make the others default methods";

  public static final String RUN_METHOD_PARAMETERS =
      "[RunMethodParameters] the run method %s must take exactly one parameter, the agent's input"
          + " (a String, or a record sent as JSON); it takes %d";

  public static final String RUN_METHOD_VOID =
      "[RunMethodVoid] the run method %s must return the agent's output; use String for plain text";

  public static final String RUN_METHOD_GENERIC =
      "[RunMethodGeneric] the run method %s must not declare type parameters";

  public static final String AGENT_NAME_BLANK =
      "[AgentNameBlank] @Agent(name) must not be blank; remove it to use the interface's name";

  public static final String MAX_TURNS = "[MaxTurns] @Agent(maxTurns) must be at least 1, was %d";

  public static final String TOOL_NOT_A_TOOL_SET =
      "[ToolNotAToolSet] %s in @Agent(tools) is not a tool set: list interfaces whose methods carry"
          + " @FunctionTool";

  public static final String TOOL_SET_NOT_INTERFACE =
      "[ToolSetNotInterface] @FunctionTool methods must be declared in an interface (a tool set);"
          + " %s is a %s";

  public static final String TOOL_SET_NOT_PUBLIC =
      "[ToolSetNotPublic] tool set %s must be public: the generated activity adapter implements it";

  public static final String TOOL_SET_GENERIC =
      "[ToolSetGeneric] tool set %s must not declare type parameters";

  public static final String TOOL_NOT_ABSTRACT =
      "[ToolNotAbstract] @FunctionTool %s has a body; declare it abstract in the tool set and"
          + " implement it in the class registered on the worker, or, for a tool that runs in the"
          + " workflow, make it a default method of the @Agent interface";

  public static final String TOOL_STATIC = "[ToolStatic] @FunctionTool %s must not be static";

  public static final String TOOL_GENERIC =
      "[ToolGeneric] @FunctionTool %s must not declare type parameters: the model needs one"
          + " concrete schema";

  public static final String TOOL_NAME_INVALID =
      "[ToolNameInvalid] tool name '%s' must match ^[a-zA-Z0-9_-]{1,64}$; set"
          + " @FunctionTool(name = ...) to a valid name";

  public static final String TOOL_NAME_DUPLICATE =
      "[ToolNameDuplicate] tool name '%s' is used twice in %s (also by %s); rename one with"
          + " @FunctionTool(name = ...)";

  public static final String TOOL_NAME_DUPLICATE_IN_AGENT =
      "[ToolNameDuplicateInAgent] agent %s gets tool '%s' from both %s and %s, and the model calls"
          + " tools by name alone; %s";

  public static final String TOOL_LISTED_TWICE =
      "[ToolListedTwice] @Agent(tools) of %s lists %s twice; list it once";

  public static final String DERIVED_TOOL_NAME_INVALID =
      "[DerivedToolNameInvalid] tool name '%s', made from agent name '%s', must match"
          + " ^[a-zA-Z0-9_-]{1,64}$ (ASCII letters and digits, at most 64); %s";

  public static final String TOOL_RETURN_TYPE = "[ToolReturnType] tool %s returns %s: %s";

  public static final String RUN_CONTEXT_IN_ACTIVITY_TOOL =
      "[RunContextInActivityTool] tool %s takes RunContext %s, but a tool of a tool set runs as an"
          + " activity, outside the workflow where the run's context lives; pass what it needs as"
          + " parameters, or make it a default method of the @Agent interface (an in-workflow"
          + " tool)";

  public static final String INHERITED_TOOLS_NOT_LISTED =
      "[InheritedToolsNotListed] tool set %s inherits @FunctionTool methods from %s (%s), which"
          + " are tools of %s only; list %s in @Agent(tools) of %s as well";

  public static final String FUNCTION_TOOL_ON_RUN_METHOD =
      "[FunctionToolOnRunMethod] %s() is the run method of @Agent interface %s, not a tool; remove"
          + " @FunctionTool, or make the tool a default method (in-workflow tool) or a method of a"
          + " tool set interface listed in @Agent(tools)";

  public static final String NOT_ON_AN_AGENT =
      "[NotOnAnAgent] @%s on %s has no effect: it configures an @Agent interface, and %s has no"
          + " @Agent; add @Agent or remove @%s";

  public static final String PARAM_NOT_ON_TOOL =
      "[ParamNotOnTool] @Param on parameter %s of %s has no effect: only the parameters of"
          + " @FunctionTool methods are described to the model; annotate the method with"
          + " @FunctionTool, or remove @Param (a record component is described by"
          + " @JsonPropertyDescription or the record's @param javadoc tag)";

  public static final String PARAM_ON_RUN_CONTEXT =
      "[ParamOnRunContext] @Param on %s has no effect: the RunContext parameter of an in-workflow"
          + " tool is supplied by the run, not by the model; remove @Param";

  public static final String INSTRUCTIONS_NOT_ON_AGENT =
      "[InstructionsNotOnAgent] @Instructions on %s.%s() has no effect: it marks a default method"
          + " of an @Agent interface; move it there, or set @Agent(instructions)";

  public static final String INSTRUCTIONS_SEVERAL =
      "[InstructionsSeveral] agent %s has several @Instructions methods (%s); an agent has one set"
          + " of instructions: keep one";

  public static final String INSTRUCTIONS_ON_TOOL =
      "[InstructionsOnTool] %s() carries both @Instructions and @FunctionTool; a method is either"
          + " the agent's instructions or a tool: remove one";

  public static final String UNSUPPORTED_TYPE =
      "[UnsupportedType] no JSON schema for %s at '%s': %s";

  public static final String DURATION_INVALID =
      "[DurationInvalid] @FunctionTool(%s = \"%s\") is not a duration; write e.g. \"500ms\","
          + " \"10s\", \"5m\", \"1h\" or ISO-8601 \"PT10S\"";

  public static final String APPROVAL_OPTION_WITHOUT_APPROVAL =
      "[ApprovalOptionWithoutApproval] @FunctionTool(%s) applies only to calls that wait for"
          + " approval: add needsApproval = true, or remove it";

  public static final String APPROVE_ON_TIMEOUT_WITHOUT_TIMEOUT =
      "[ApproveOnTimeoutWithoutTimeout] @FunctionTool(approveOnTimeout = true) needs an"
          + " approvalTimeout, e.g. approvalTimeout = \"3d\"";

  public static final String MAXIMUM_ATTEMPTS =
      "[MaximumAttempts] @FunctionTool(maximumAttempts) must be 0 (Temporal's default) or more,"
          + " was %d";

  public static final String LOCAL_ACTIVITY_OPTIONS =
      "[LocalActivityOptions] @FunctionTool(localActivity = true) cannot have %s: local activities"
          + " run on the workflow's worker without heartbeats";

  public static final String UNRESOLVED_TYPE =
      "[UnresolvedType] %s refers to a type that could not be resolved: %s. If it is generated by"
          + " another annotation processor, check that processor's errors above";

  public static final String PROCESSOR_CRASH =
      "[ProcessorCrash] durable-agents-processor failed on this element; please report it with"
          + " this stack trace:%n%s";

  public static final String HANDOFF_TARGET_NOT_AGENT =
      "[HandoffTargetNotAgent] @Handoff(agent = %s) must name an @Agent interface";

  public static final String AS_TOOL_NOT_AGENT =
      "[AsToolNotAgent] @AsTool(agent = %s) must name an @Agent interface";

  public static final String NOT_INSTANTIABLE =
      "[NotInstantiable] %s in @%s(%s) must be a public, non-abstract top-level or static nested"
          + " class with a public no-argument constructor: the generated code creates it";

  public static final String WRONG_KIND = "[WrongKind] %s in @%s(%s) must implement %s";

  public static final String GUARDRAIL_WRONG_KIND =
      "[GuardrailWrongKind] @Guardrail(%s) must implement dev.durableagents.runtime.InputGuardrail"
          + " or dev.durableagents.runtime.OutputGuardrail<T>";

  public static final String AS_TOOL_STRUCTURED_INPUT =
      "[AsToolStructuredInput] @AsTool(structuredInput = true) needs agent %s to take a record or"
          + " POJO (its run method takes %s): the record's schema becomes the tool's parameters;"
          + " change the run method's parameter, or remove structuredInput";

  public static final String AS_TOOL_MAX_TURNS =
      "[AsToolMaxTurns] @AsTool(maxTurns = %d) must be at least 1, or 0 for the agent's own limit";

  public static final String GUARDRAIL_PARALLEL_OUTPUT =
      "[GuardrailParallelOutput] @Guardrail(runInParallel = false) applies to input guardrails"
          + " only, and %s is only an output guardrail (it runs once the output exists); remove"
          + " runInParallel";

  public static final String GUARDRAIL_OUTPUT_MISMATCH =
      "[GuardrailOutputMismatch] output guardrail %s checks a %s, but agent %s outputs a %s; make"
          + " it an OutputGuardrail<%s>";

  public static final String HANDOFF_OUTPUT_MISMATCH =
      "[HandoffOutputMismatch] agent %s can hand off to %s (%s), which outputs a %s, but %s's run"
          + " method returns a %s; every agent reachable by handoff must output a type the entry"
          + " agent returns";

  public static final String ON_HANDOFF_RAW =
      "[OnHandoffRaw] %s implements OnHandoff without a type argument; implement OnHandoff<Void>"
          + " for a handoff without input, or OnHandoff<YourInput>";

  public static final String IN_WORKFLOW_TOOL_OPTIONS =
      "[InWorkflowToolOptions] @FunctionTool(%s) does not apply to %s(), which runs in the workflow"
          + " without an activity; remove it";

  public static final String INSTRUCTIONS_METHOD =
      "[InstructionsMethod] @Instructions method %s() must be a default method of the @Agent"
          + " interface returning String, whose parameters are a RunContext and/or an"
          + " AgentDefinition";

  public static final String INSTRUCTIONS_TWICE =
      "[InstructionsTwice] agent %s has both @Agent(instructions) and an @Instructions method;"
          + " keep one";

  public static final String MODEL_SETTING_INVALID =
      "[ModelSettingInvalid] @ModelSettings(%s = %s) %s";

  public static final String TOOL_USE_CONFLICT =
      "[ToolUseConflict] agent %s sets more than one of stopOnFirstTool, stopAtTools and"
          + " toolsToFinalOutput; keep one";

  public static final String UNKNOWN_TOOL =
      "[UnknownTool] '%s' in %s is not a tool of agent %s; its tools are %s";

  public static final String OUTPUT_RETRIES =
      "[OutputRetries] @Agent(outputRetries) must be 0 or more, was %d";

  public static final String HOSTED_TOOL_INVALID = "[HostedToolInvalid] @%s(%s = %s) %s";

  public static final String MCP_APPROVAL_MISSING =
      "[McpApprovalMissing] @HostedMcpTool(serverLabel = \"%s\") requires approval of its calls;"
          + " set approval = YourCallback.class (an McpApprovalCallback that decides in the"
          + " workflow), or requireApproval = \"never\"";

  public static final String MCP_SERVER_BLANK =
      "[McpServerBlank] @McpServer on agent %s has a blank name; name a server registered on the"
          + " worker's plugin with addMcpServer(McpServerProvider)";

  public static final String MCP_SERVER_TWICE =
      "[McpServerTwice] agent %s names @McpServer(\"%s\") more than once; keep one";

  public static final String STRICT_MODE_UNSUPPORTED =
      "[StrictModeUnsupported] no strict JSON schema for %s at '%s': %s. OpenAI strict mode cannot"
          + " express it; set %s to send a plain schema instead";

  public static final String TOOL_OVERLOADED =
      "[ToolOverloaded] tool set %s declares several methods named %s; Temporal activity interfaces"
          + " cannot overload methods: give each @FunctionTool method its own name";

  public static final String TYPE_NOT_ACCESSIBLE =
      "[TypeNotAccessible] %s, used by %s, is %s: the generated code cannot name it; make it public"
          + " (or package-private in the same package), and static if it is nested";

  public static final String MODULE_ALREADY_WRITTEN =
      "[ModuleAlreadyWritten] %s appeared after AgentsModule of package %s was generated; it was"
          + " generated by another processor in a late round, and cannot be registered by"
          + " AgentsModule";

  public static final String WRITE_FAILED = "[WriteFailed] could not write %s: %s";

  // Reasons: why a type has no schema, completing UNSUPPORTED_TYPE and STRICT_MODE_UNSUPPORTED.

  public static final String REASON_NO_SCHEMA =
      "%s has no JSON schema; use a String, a number, a boolean, an enum, a record or JavaBean, or"
          + " a List, Set, array, Optional or Map of these";

  public static final String REASON_TYPE_VARIABLE =
      "type variable %s has no schema; use a concrete type";

  public static final String REASON_WILDCARD =
      "wildcard %s has no schema; use a concrete type argument, e.g. List<Item>";

  public static final String REASON_RAW_TYPE =
      "raw type %s has no schema; give its type arguments, e.g. List<String>";

  public static final String REASON_MAP_KEY =
      "the keys of %s must be String, an enum, an integer type or UUID, as JSON object keys are"
          + " strings";

  public static final String REASON_MAP_STRICT =
      "%s is a JSON object with arbitrary keys (additionalProperties)";

  public static final String REASON_NOT_ACCESSIBLE =
      "%s is %s; Jackson cannot create it and generated code cannot name it: make it a top-level"
          + " or static nested type that is not private";

  public static final String REASON_ABSTRACT =
      "%s is abstract and Jackson cannot create it; make it a record or class, or declare its"
          + " subtypes with @JsonTypeInfo(use = Id.NAME) and @JsonSubTypes";

  public static final String REASON_NO_CREATOR =
      "Jackson cannot create %s: it has no no-argument constructor and no @JsonCreator; add one,"
          + " or make it a record";

  public static final String REASON_DELEGATING_CREATOR =
      "the @JsonCreator of %s takes %s without @JsonProperty, so Jackson reads it from a"
          + " different JSON shape; name every parameter with @JsonProperty(\"...\")";

  public static final String REASON_WRITE_ONLY =
      "Jackson writes property '%s' of %s (from %s) but cannot read it back; annotate it with"
          + " @JsonIgnore, or add a setter or a field";

  public static final String REASON_READ_ONLY =
      "Jackson reads property '%s' of %s (through %s) but never writes it; annotate it with"
          + " @JsonIgnore, or add a public getter";

  public static final String REASON_DUPLICATE_PROPERTY =
      "%s has two properties named '%s' (%s and %s); rename one with @JsonProperty";

  public static final String REASON_JACKSON_ANNOTATION =
      "@%s on %s changes the JSON shape in a way no generated schema describes; remove it, or use"
          + " a plain record or JavaBean";

  public static final String REASON_TYPE_INFO =
      "@JsonTypeInfo(%s) on %s is not supported; use @JsonTypeInfo(use = Id.NAME) with the default"
          + " include = As.PROPERTY (Id.SIMPLE_NAME and Id.CLASS work too)";

  public static final String REASON_NO_SUBTYPES =
      "Jackson cannot find the subtypes of %s; list them in @JsonSubTypes on it";

  public static final String REASON_SUBTYPE_NOT_LISTED =
      "%s permits %s, which Jackson cannot read by name: list it in @JsonSubTypes on %s";

  public static final String REASON_GENERIC_SUBTYPE =
      "subtype %s of %s has type parameters that cannot be inferred from %s; use a non-generic"
          + " subtype";

  public static final String REASON_TYPE_ID_CLASH =
      "property '%s' of %s has the name of the type id property of @JsonTypeInfo; rename one";

  public static final String REASON_JSON_FORMAT =
      "@JsonFormat on %s is only supported on dates and times, as shape STRING";

  public static final String REASON_MISSING = "type %s is not known yet";

  // Settings that cannot take effect, found by writing samples against the API.

  public static final String AGENT_MODEL_BLANK =
      "[AgentModelBlank] @Agent(model) must not be blank; remove it to use the plugin's default"
          + " model";

  public static final String TOOL_USE_WITHOUT_TOOLS =
      "[ToolUseWithoutTools] @Agent(%s) on %s has no effect: the agent has no function tools (no"
          + " tool sets, agents as tools, in-workflow tools or MCP servers); remove it or give the"
          + " agent tools";

  public static final String TOOL_SETTING_WITHOUT_TOOLS =
      "[ToolSettingWithoutTools] @ModelSettings(%s) on %s configures tool calls, but the agent has"
          + " no tools at all, and the model API rejects the setting without tools; remove it or"
          + " give the agent tools";

  public static final String RESET_TOOL_CHOICE_UNUSED =
      "[ResetToolChoiceUnused] @Agent(resetToolChoice = false) on %s has no effect: it keeps a"
          + " forced tool choice, and the agent forces none (@ModelSettings(toolChoice) is not"
          + " \"required\" or a tool's name); remove it";

  public static final String MCP_APPROVAL_UNUSED =
      "[McpApprovalUnused] @HostedMcpTool(serverLabel = \"%s\") has an approval callback, but"
          + " requireApproval = \"never\", so it is never called; remove one";

  public static final String TEXT_OUTPUT_SETTING =
      "[TextOutputSetting] @Agent(%s) on %s has no effect: its run method returns String, which is"
          + " never parsed; remove it, or return a record for structured output";

  public static final String HANDOFF_TO_SELF =
      "[HandoffToSelf] @Handoff(agent = %s.class) on %s hands off to the agent itself, which"
          + " changes nothing but costs a model turn; remove it";

  public static final String HEARTBEAT_TIMEOUT_TOO_LONG =
      "[HeartbeatTimeoutTooLong] @FunctionTool(heartbeatTimeout = \"%s\") is not shorter than the"
          + " %s (%s), so it can never fire; make it shorter, or remove it";

  public static final String START_TO_CLOSE_TOO_LONG =
      "[StartToCloseTooLong] @FunctionTool(startToCloseTimeout = \"%s\") is longer than its"
          + " scheduleToCloseTimeout (\"%s\"), which caps every attempt; make it shorter, or"
          + " remove one";
}
