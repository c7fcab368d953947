package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.FunctionToolResult;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.HandoffInputData;
import dev.durableagents.runtime.HandoffInputFilter;
import dev.durableagents.runtime.HistoryLimitReached;
import dev.durableagents.runtime.OutputParseException;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.ToolUseBehavior;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.HostedToolCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Usage;
import dev.durableagents.runtime.telemetry.GenAiAttributes;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of the agent loop: its state, and the turns that change it.
 *
 * <p>A turn: call the model; record its messages and calls; run the function tool calls together;
 * take the first handoff call (later ones are answered as ignored); then either hand the run to the
 * next agent, let the tool-use behaviour end the run with a tool's result, ask the model again
 * after tools, or end the run with the last message parsed as the agent's output (re-asking the
 * model up to {@code outputRetries} times when it does not parse). Input guardrails run before the
 * first turn or, when they run in parallel, alongside its model call ({@link InputGuardrailRace});
 * output guardrails run before the run returns. Past max turns, the run's handler may end it
 * ({@link MaxTurns}).
 */
final class AgentRun {

  private final RunConfig config;
  private final WorkflowRuntime runtime;
  private final RunContext<Object> context;
  private final Hooks hooks;
  private final int maxTurns;
  private final McpTools mcp;
  private final ApprovalGate approvals;
  // Tracing and metrics of this workflow, or null when off.
  private final WorkflowTelemetry telemetry;

  private AgentDefinition agent;
  // The tools of the current agent's local MCP servers, listed before its first model call.
  private List<FunctionToolDefinition> mcpTools = List.of();
  private List<Item> input;
  private List<RunItem> items = new ArrayList<>();
  private final List<ModelResponse> responses = new ArrayList<>();
  private final Set<String> agentsThatUsedTools = new HashSet<>();
  private Usage usage = Usage.ZERO;
  private int outputRetriesLeft;
  // Server-side conversation state: with a previous response id or a conversation id, only the
  // items that are new since the last model call are sent.
  private String previousResponseId;
  private List<Item> pending;
  // The parallel input guardrails the first model call races, until that call is made.
  private InputGuardrailRace guardrailRace;

  AgentRun(AgentDefinition agent, List<Item> input, RunConfig config, WorkflowRuntime runtime) {
    this.agent = agent;
    this.input = List.copyOf(input);
    this.config = config;
    this.runtime = runtime;
    this.context = new RunContext<>(config.context(), () -> usage);
    this.hooks = new Hooks(config.hooks(), context);
    this.maxTurns = config.maxTurns() != null ? config.maxTurns() : agent.maxTurns();
    this.outputRetriesLeft = agent.outputRetries();
    this.previousResponseId = config.previousResponseId();
    this.pending = new ArrayList<>(input);
    this.mcp = new McpTools(runtime);
    this.approvals = ApprovalGate.current();
    this.telemetry = WorkflowTelemetry.current();
  }

  /** A run's final output; a turn that does not end the run returns none. */
  record Final(Object value) {}

  <T> RunResult<T> execute() {
    try {
      return traced();
    } finally {
      mcp.close(); // the sessions of stateful MCP servers this run opened
    }
  }

  private <T> RunResult<T> traced() {
    if (telemetry == null) {
      return loop();
    }
    String entry = agent.name();
    WorkflowTelemetry.Step run =
        telemetry
            .start("invoke_agent " + entry, SpanKind.INTERNAL)
            .put(GenAiAttributes.OPERATION_NAME, "invoke_agent")
            .put(GenAiAttributes.AGENT_NAME, entry);
    try {
      RunResult<T> result = run.within(this::loop);
      run.put(GenAiAttributes.USAGE_INPUT_TOKENS, usage.inputTokens())
          .put(GenAiAttributes.USAGE_OUTPUT_TOKENS, usage.outputTokens());
      run.end(null);
      telemetry.runEnded(entry, null);
      return result;
    } catch (RuntimeException | Error e) {
      run.put(GenAiAttributes.USAGE_INPUT_TOKENS, usage.inputTokens())
          .put(GenAiAttributes.USAGE_OUTPUT_TOKENS, usage.outputTokens());
      run.end(e);
      telemetry.runEnded(entry, e);
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private <T> RunResult<T> loop() {
    hooks.agentStart(agent);
    guardrailRace =
        InputGuardrailRace.start(context, agent, RunGuardrails.input(config, agent), input);
    mcpTools = mcp.toolsOf(agent);
    for (int turn = 1; ; turn++) {
      Final finalOutput;
      if (turn > maxTurns) {
        finalOutput = MaxTurns.handle(config, context, agent, items, maxTurns);
      } else {
        finalOutput = telemetry == null ? turn() : tracedTurn(turn);
      }
      if (finalOutput != null) {
        Object output = finalOutput.value();
        Guardrails.checkOutput(context, agent, RunGuardrails.output(config, agent), output);
        hooks.agentEnd(agent, output);
        return new RunResult<>((T) output, input, items, responses, agent, usage);
      }
    }
  }

  private Final tracedTurn(int number) {
    WorkflowTelemetry.Step step =
        telemetry
            .start("turn " + number, SpanKind.INTERNAL)
            .put(GenAiAttributes.TURN, (long) number)
            .put(GenAiAttributes.AGENT_NAME, agent.name());
    try {
      Final result = step.within(this::turn);
      step.end(null);
      return result;
    } catch (RuntimeException | Error e) {
      step.end(e);
      throw e;
    }
  }

  /** One turn; returns the final output when the run ends, else {@code null}. */
  private Final turn() {
    ModelResponse response = callModel();
    List<RunItem> turnItems = new ArrayList<>();
    List<FunctionCall> toolCalls = new ArrayList<>();
    List<FunctionCall> handoffCalls = new ArrayList<>();
    Message lastMessage = null;
    for (Item item : response.output()) {
      if (item instanceof Message message) {
        turnItems.add(new RunItem.MessageOutputItem(agent.name(), message));
        lastMessage = message;
      } else if (item instanceof FunctionCall call) {
        if (ToolRunner.find(agent, mcpTools, call.name()) == null
            && HandoffRunner.findEnabled(agent, call.name(), context) != null) {
          turnItems.add(new RunItem.HandoffCallItem(agent.name(), call));
          handoffCalls.add(call);
        } else {
          turnItems.add(new RunItem.ToolCallItem(agent.name(), call));
          toolCalls.add(call);
        }
      } else {
        HostedToolItems.add(agent.name(), item, turnItems); // reasoning, hosted tools, MCP
      }
    }
    List<RunItem> preTurnItems = items;
    items = new ArrayList<>(items);
    items.addAll(turnItems);
    // Approval requests of hosted MCP servers are answered in the workflow, by the agent's
    // callbacks.
    boolean approvalsAnswered = McpApprovals.answer(agent, response.output(), items, pending);

    List<ToolRunner.Outcome> outcomes = List.of();
    if (!toolCalls.isEmpty()) {
      agentsThatUsedTools.add(agent.name());
      // Calls that need a person's approval wait for it here, durably; rejected ones do not run.
      List<String> refusals = approvals.decide(agent, mcpTools, toolCalls, context, config);
      outcomes = ToolRunner.runAll(agent, mcpTools, toolCalls, context, hooks, refusals);
      for (ToolRunner.Outcome outcome : outcomes) {
        FunctionCallOutput output =
            new FunctionCallOutput(outcome.call().callId(), outcome.output());
        add(new RunItem.ToolCallOutputItem(agent.name(), output));
      }
    }
    if (!handoffCalls.isEmpty() && takeHandoff(handoffCalls, preTurnItems)) {
      return null;
    }
    if (!outcomes.isEmpty()) {
      List<FunctionToolResult> results = new ArrayList<>(outcomes.size());
      for (ToolRunner.Outcome outcome : outcomes) {
        results.add(
            new FunctionToolResult(outcome.call().name(), outcome.output(), outcome.value()));
      }
      ToolUseBehavior.Decision decision = agent.toolUseBehavior().decide(context, results);
      if (decision.isFinalOutput()) {
        return new Final(agent.outputType().fromValue(decision.finalOutput()));
      }
      return null;
    }
    if (approvalsAnswered) {
      return null; // the provider runs the approved MCP calls on the next model call
    }
    if (lastMessage != null && handoffCalls.isEmpty()) {
      return finalOutput(lastMessage);
    }
    // Neither a final message nor a tool call (for example only reasoning): ask again.
    return null;
  }

  private ModelResponse callModel() {
    InputGuardrailRace race = guardrailRace;
    if (race != null) {
      guardrailRace = null;
      return race.firstModelCall(this::callModelNow);
    }
    return callModelNow();
  }

  private ModelResponse callModelNow() {
    checkHistory();
    List<Item> requestInput;
    if (previousResponseId != null || config.conversationId() != null) {
      requestInput = pending;
    } else {
      requestInput = new ArrayList<>(input);
      items.forEach(i -> requestInput.add(i.item()));
    }
    ModelRequest request =
        RequestBuilder.build(
            agent,
            mcpTools,
            requestInput,
            config,
            runtime,
            context,
            agentsThatUsedTools.contains(agent.name()),
            previousResponseId);
    hooks.llmStart(agent, request);
    ModelResponse response =
        telemetry == null
            ? ModelInvoker.invoke(runtime, agent, request, sendsReferences())
            : tracedModelCall(request);
    responses.add(response);
    usage = usage.plus(response.usage());
    hooks.llmEnd(agent, response);
    pending = new ArrayList<>();
    if (previousResponseId != null) {
      previousResponseId = response.responseId();
    }
    return response;
  }

  /** The model call as a {@code chat <model>} span, the model activity's parent. */
  private ModelResponse tracedModelCall(ModelRequest request) {
    // Without a model of its own the agent gets the provider's default, unknown here.
    String model = request.model();
    WorkflowTelemetry.Step step =
        telemetry
            .start(model != null ? "chat " + model : "chat", SpanKind.CLIENT)
            .put(GenAiAttributes.OPERATION_NAME, "chat")
            .put(GenAiAttributes.REQUEST_MODEL, model)
            .put(GenAiAttributes.AGENT_NAME, agent.name());
    ModelResponse response;
    try {
      boolean references = sendsReferences();
      response = step.within(() -> ModelInvoker.invoke(runtime, agent, request, references));
    } catch (RuntimeException | Error e) {
      step.end(e);
      throw e;
    }
    Usage used = response.usage();
    step.put(GenAiAttributes.RESPONSE_MODEL, model)
        .put(GenAiAttributes.USAGE_INPUT_TOKENS, used.inputTokens())
        .put(GenAiAttributes.USAGE_OUTPUT_TOKENS, used.outputTokens())
        .put(GenAiAttributes.USAGE_CACHED_INPUT_TOKENS, used.cachedInputTokens())
        .put(GenAiAttributes.USAGE_REASONING_TOKENS, used.reasoningTokens())
        .put(
            GenAiAttributes.RESPONSE_FINISH_REASONS,
            ActivityObservability.finishReasons(response.output()))
        .put(GenAiAttributes.RESPONSE_ID, response.responseId());
    for (Item item : response.output()) {
      if (item instanceof HostedToolCall call) {
        // Hosted tools ran at the provider, inside this call: events, not spans of their own.
        step.event(
            "gen_ai.hosted_tool.call",
            Attributes.of(
                GenAiAttributes.TOOL_TYPE,
                call.getClass().getSimpleName(),
                GenAiAttributes.TOOL_CALL_ID,
                String.valueOf(call.id())));
      }
    }
    step.end(null);
    return response;
  }

  /** Stops the run, typed, before its workflow's history reaches Temporal's limits. */
  private void checkHistory() {
    WorkflowInfo info = Workflow.getInfo();
    long events = info.getHistoryLength();
    long bytes = info.getHistorySize();
    if (events >= runtime.historyMaxEvents() || bytes >= runtime.historyMaxBytes()) {
      throw new HistoryLimitReached(
          agent.name(), events, bytes, runtime.historyMaxEvents(), runtime.historyMaxBytes());
    }
  }

  /**
   * Whether model calls may send only the new items and a reference to an earlier conversation: not
   * when the provider keeps the conversation (those calls send only new items already), nor when
   * the run or the plugin asks for the whole conversation in history.
   */
  private boolean sendsReferences() {
    if (previousResponseId != null || config.conversationId() != null) {
      return false;
    }
    Boolean whole = config.wholeConversationInHistory();
    return whole != null ? !whole : !runtime.wholeConversationInHistory();
  }

  private boolean takeHandoff(List<FunctionCall> calls, List<RunItem> preTurnItems) {
    FunctionCall chosen = calls.get(0);
    for (FunctionCall ignored : calls.subList(1, calls.size())) {
      add(
          new RunItem.ToolCallOutputItem(
              agent.name(), new FunctionCallOutput(ignored.callId(), HandoffRunner.IGNORED)));
    }
    HandoffDefinition handoff = HandoffRunner.find(agent, chosen.name());
    HandoffRunner.Outcome outcome;
    if (telemetry == null) {
      outcome = HandoffRunner.take(handoff, chosen, context);
    } else {
      WorkflowTelemetry.Step step =
          telemetry
              .start(
                  "handoff " + agent.name() + " -> " + handoff.target().name(), SpanKind.INTERNAL)
              .put(GenAiAttributes.AGENT_NAME, agent.name())
              .put(GenAiAttributes.HANDOFF_FROM, agent.name())
              .put(GenAiAttributes.HANDOFF_TO, handoff.target().name())
              .put(GenAiAttributes.TOOL_NAME, chosen.name())
              .put(GenAiAttributes.TOOL_CALL_ID, chosen.callId());
      try {
        outcome = step.within(() -> HandoffRunner.take(handoff, chosen, context));
      } catch (RuntimeException | Error e) {
        step.end(e);
        throw e;
      }
      step.end(outcome.target() == null ? "InvalidHandoffArguments" : null, null);
    }
    if (outcome.target() == null) {
      add(new RunItem.ToolCallOutputItem(agent.name(), outcome.output()));
      return false;
    }
    AgentDefinition from = agent;
    AgentDefinition to = outcome.target();
    add(new RunItem.HandoffOutputItem(from.name(), outcome.output(), from.name(), to.name()));
    // The handoff's own filter wins over the run's, as in the Agents SDK.
    HandoffInputFilter filter =
        handoff.inputFilter() != null ? handoff.inputFilter() : config.handoffInputFilter();
    if (filter != null) {
      List<RunItem> turnItems = items.subList(preTurnItems.size(), items.size());
      HandoffInputData filtered =
          filter.filter(new HandoffInputData(input, preTurnItems, turnItems));
      input = filtered.inputHistory();
      items = new ArrayList<>(filtered.preHandoffItems());
      items.addAll(filtered.newItems());
    }
    agent = to;
    outputRetriesLeft = to.outputRetries();
    hooks.handoff(from, to);
    hooks.agentStart(to);
    mcpTools = mcp.toolsOf(to);
    return true;
  }

  private Final finalOutput(Message message) {
    Refusals.check(agent, message);
    try {
      return new Final(agent.outputType().parse(message.text()));
    } catch (OutputParseException e) {
      if (outputRetriesLeft <= 0) {
        throw e;
      }
      outputRetriesLeft--;
      // Tell the model what was wrong, as a user message, and let the loop ask it again.
      add(
          new RunItem.MessageOutputItem(
              agent.name(),
              Message.user(
                  "Your last answer does not match the required JSON schema: "
                      + e.getMessage()
                      + ". Answer again with only JSON that matches the schema.")));
      return null;
    }
  }

  private void add(RunItem item) {
    items.add(item);
    pending.add(item.item());
  }
}
