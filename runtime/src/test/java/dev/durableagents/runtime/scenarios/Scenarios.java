package dev.durableagents.runtime.scenarios;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.AgentHooks;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.HandoffFilters;
import dev.durableagents.runtime.InputGuardrailTripwireTriggered;
import dev.durableagents.runtime.OutputType;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunHooks;
import dev.durableagents.runtime.RunItem;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.ToolUseBehavior;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scenarios of the agent-behaviour tests: agents built with {@link AgentDefinition} and the
 * workflow code that runs them. Each is a function from the workflow's input to its result, run
 * inside {@link ScenarioWorkflowImpl}; the same code replays the recorded histories.
 */
public final class Scenarios {

  private Scenarios() {}

  private static final Map<String, Function<String, String>> SCENARIOS = new TreeMap<>();

  static Function<String, String> get(String name) {
    Function<String, String> scenario = SCENARIOS.get(name);
    if (scenario == null) {
      scenario = RunControlScenarios.SCENARIOS.get(name);
    }
    if (scenario == null) {
      throw new IllegalArgumentException("No scenario " + name);
    }
    return scenario;
  }

  /** All scenario names. */
  public static List<String> names() {
    return List.copyOf(SCENARIOS.keySet());
  }

  // ---------------------------------------------------------------------------------------------
  // A tool set run as activities.

  @ActivityInterface
  public interface LookupActivities {
    @ActivityMethod(name = "Lookup.find")
    String find(String query);
  }

  /** The worker-side lookups. */
  public static final class Lookups implements LookupActivities {
    @Override
    public String find(String query) {
      if (query.equals("explode")) {
        throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
            "the lookup service is down", "LookupDown");
      }
      return "found " + query;
    }
  }

  static final String QUERY_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}},"
          + "\"required\":[\"query\"],\"additionalProperties\":false}";

  static final FunctionToolDefinition LOOKUP =
      FunctionToolDefinition.newBuilder("lookup")
          .setDescription("Look something up")
          .setParametersSchema(QUERY_SCHEMA)
          .setInvoker(
              call ->
                  Workflow.newUntypedActivityStub(
                          ActivityOptions.newBuilder()
                              .setStartToCloseTimeout(Duration.ofSeconds(10))
                              .build())
                      .executeAsync(
                          "Lookup.find", String.class, call.arguments().get("query", String.class)))
          .build();

  /** An in-workflow tool: deterministic, no activity. */
  static final FunctionToolDefinition ROLL =
      FunctionToolDefinition.newBuilder("roll")
          .setDescription("Roll a die")
          .setParametersSchema(
              "{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}")
          .setInvoker(call -> Workflow.newPromise(Workflow.newRandom().nextInt(6) + 1))
          .build();

  // ---------------------------------------------------------------------------------------------
  // Handoffs.

  static final AgentDefinition SPANISH =
      AgentDefinition.newBuilder("Spanish Agent")
          .setDescription("Speaks Spanish.")
          .setInstructions("You only speak Spanish.")
          .build();
  static final AgentDefinition ENGLISH =
      AgentDefinition.newBuilder("English Agent")
          .setInstructions("You only speak English.")
          .build();
  static final AgentDefinition TRIAGE =
      AgentDefinition.newBuilder("Triage Agent")
          .setInstructions("Hand off to the agent of the request's language.")
          .addHandoff(HandoffDefinition.to(SPANISH))
          .addHandoff(HandoffDefinition.to(ENGLISH))
          .build();

  static {
    SCENARIOS.put(
        "handoff",
        input -> {
          RunResult<String> result = Runner.run(TRIAGE, input);
          return result.lastAgent().name() + ": " + result.finalOutput();
        });
  }

  static final AgentDefinition PLANNER = AgentDefinition.newBuilder("Planner").build();
  static final AgentDefinition WRITER = AgentDefinition.newBuilder("Writer").build();

  static {
    // Regression test of temporalio/sdk-python#1310: every handoff went to the last agent.
    AgentDefinition manager =
        AgentDefinition.newBuilder("Manager")
            .addHandoff(HandoffDefinition.to(PLANNER))
            .addHandoff(HandoffDefinition.to(WRITER))
            .build();
    SCENARIOS.put(
        "multipleHandoffs",
        input -> {
          RunResult<String> result = Runner.run(manager, input);
          return result.lastAgent().name() + ": " + result.finalOutput();
        });
  }

  static {
    AgentDefinition triageWithTools =
        AgentDefinition.newBuilder("Triage Agent")
            .addTool(LOOKUP)
            .addHandoff(
                HandoffDefinition.newBuilder(() -> SPANISH)
                    .setInputFilter(HandoffFilters.removeAllTools())
                    .build())
            .build();
    SCENARIOS.put(
        "handoffFilter",
        input -> {
          RunResult<String> result = Runner.run(triageWithTools, input);
          return result.finalOutput() + " / items: " + kinds(result.newItems());
        });
  }

  /** The typed input of the escalation handoff. */
  public record Escalation(String reason, int priority) {}

  /** The context of the context and hook scenarios. */
  public static final class Ticket {
    public String escalationReason;
    public int priority;
    public final List<String> events = new ArrayList<>();
  }

  static {
    AgentDefinition support = AgentDefinition.newBuilder("Support").build();
    AgentDefinition frontDesk =
        AgentDefinition.newBuilder("Front Desk")
            .addHandoff(
                HandoffDefinition.newBuilder(() -> support)
                    .setToolName("escalate")
                    .setOnHandoff(
                        Escalation.class,
                        "{\"type\":\"object\",\"properties\":{\"reason\":{\"type\":\"string\"},"
                            + "\"priority\":{\"type\":\"integer\"}},\"required\":[\"reason\","
                            + "\"priority\"],\"additionalProperties\":false}",
                        true,
                        (context, escalation) -> {
                          Ticket ticket = (Ticket) context.context();
                          ticket.escalationReason = escalation.reason();
                          ticket.priority = escalation.priority();
                        })
                    .build())
            .build();
    SCENARIOS.put(
        "handoffHook",
        input -> {
          Ticket ticket = new Ticket();
          RunResult<String> result = Runner.run(frontDesk, input, RunConfig.withContext(ticket));
          return result.lastAgent().name()
              + " ["
              + ticket.escalationReason
              + ", "
              + ticket.priority
              + "]: "
              + result.finalOutput();
        });
  }

  static final AgentDefinition FAQ =
      AgentDefinition.newBuilder("FAQ Agent")
          .addHandoff(HandoffDefinition.newBuilder(() -> Scenarios.CYCLIC_TRIAGE).build())
          .build();
  static final AgentDefinition CYCLIC_TRIAGE =
      AgentDefinition.newBuilder("Triage Agent")
          .addHandoff(HandoffDefinition.newBuilder(() -> FAQ).build())
          .build();

  static {
    SCENARIOS.put(
        "handoffCycle",
        input -> {
          RunResult<String> result = Runner.run(CYCLIC_TRIAGE, input);
          return result.lastAgent().name() + ": " + result.finalOutput();
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Guardrails.

  /** What the homework checker decides. */
  public record MathHomework(boolean isMathHomework, String reasoning) {}

  static final String MATH_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"isMathHomework\":{\"type\":\"boolean\"},"
          + "\"reasoning\":{\"type\":\"string\"}},\"required\":[\"isMathHomework\",\"reasoning\"],"
          + "\"additionalProperties\":false}";

  static final AgentDefinition HOMEWORK_CHECKER =
      AgentDefinition.newBuilder("Guardrail check")
          .setInstructions("Check if the user is asking you to do their math homework.")
          .setOutputType(
              OutputType.json("MathHomework", MATH_SCHEMA, true, false, MathHomework.class))
          .build();

  static final AgentDefinition SUPPORT =
      AgentDefinition.newBuilder("Customer support agent")
          .setInstructions("You are a customer support agent.")
          .addInputGuardrail(
              (context, agent, input) -> {
                RunResult<MathHomework> verdict = Runner.run(HOMEWORK_CHECKER, input);
                return new GuardrailResult(
                    verdict.finalOutput().isMathHomework(), verdict.finalOutput());
              })
          .build();

  static {
    SCENARIOS.put(
        "inputGuardrail",
        input -> {
          try {
            return Runner.<String>run(SUPPORT, input).finalOutput();
          } catch (InputGuardrailTripwireTriggered e) {
            return "Sorry, I can't help you with your math homework. ("
                + ((MathHomework) e.outputInfo()).reasoning()
                + ")";
          }
        });
  }

  /** The structured output the output guardrail checks. */
  public record MessageOutput(String reasoning, String response, String userName) {}

  static final String MESSAGE_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"reasoning\":{\"type\":\"string\"},"
          + "\"response\":{\"type\":\"string\"},\"userName\":{\"type\":[\"string\",\"null\"]}},"
          + "\"required\":[\"reasoning\",\"response\",\"userName\"],\"additionalProperties\":false}";

  static {
    AgentDefinition assistant =
        AgentDefinition.newBuilder("Assistant")
            .setOutputType(
                OutputType.json("MessageOutput", MESSAGE_SCHEMA, true, false, MessageOutput.class))
            .addOutputGuardrail(
                (RunContext<?> context, AgentDefinition agent, MessageOutput output) ->
                    output.response().contains("650")
                        ? GuardrailResult.tripwire("phone number in the response")
                        : GuardrailResult.pass(null))
            .build();
    SCENARIOS.put(
        "outputGuardrail",
        input -> {
          MessageOutput output = Runner.<MessageOutput>run(assistant, input).finalOutput();
          return output.response();
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Structured output.

  /** A structured answer. */
  public record Answer(String answer, int confidence) {}

  static final String ANSWER_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"},"
          + "\"confidence\":{\"type\":\"integer\"}},\"required\":[\"answer\",\"confidence\"],"
          + "\"additionalProperties\":false}";

  static final OutputType<Answer> ANSWER =
      OutputType.json("Answer", ANSWER_SCHEMA, true, false, Answer.class);

  static {
    AgentDefinition strict = AgentDefinition.newBuilder("Answerer").setOutputType(ANSWER).build();
    AgentDefinition forgiving = strict.toBuilder().setOutputRetries(1).build();
    SCENARIOS.put(
        "structured",
        input -> {
          Answer answer = Runner.<Answer>run(strict, input).finalOutput();
          return answer.answer() + " (" + answer.confidence() + ")";
        });
    SCENARIOS.put(
        "structuredRetry",
        input -> {
          Answer answer = Runner.<Answer>run(forgiving, input).finalOutput();
          return answer.answer() + " (" + answer.confidence() + ")";
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Agents as tools, in-workflow tools, tool-use behaviour.

  static {
    AgentDefinition orchestrator =
        AgentDefinition.newBuilder("Orchestrator")
            .setInstructions("Use the tools to translate.")
            .addTool(SPANISH.asTool("translate_to_spanish", "Translate to Spanish"))
            .build();
    SCENARIOS.put("agentsAsTools", input -> Runner.<String>run(orchestrator, input).finalOutput());
  }

  static {
    AgentDefinition gambler = AgentDefinition.newBuilder("Gambler").addTool(ROLL).build();
    SCENARIOS.put("inWorkflowTool", input -> Runner.<String>run(gambler, input).finalOutput());
  }

  static {
    AgentDefinition firstTool =
        AgentDefinition.newBuilder("Weather")
            .addTool(LOOKUP)
            .setToolUseBehavior(ToolUseBehavior.stopOnFirstTool())
            .build();
    AgentDefinition atTools =
        firstTool.toBuilder()
            .addTool(ROLL)
            .setToolUseBehavior(ToolUseBehavior.stopAtTools("lookup"))
            .build();
    AgentDefinition custom =
        firstTool.toBuilder()
            .setToolUseBehavior(
                ToolUseBehavior.custom(
                    (context, results) ->
                        ToolUseBehavior.Decision.finalOutput("custom: " + results.get(0).output())))
            .build();
    AgentDefinition typed =
        AgentDefinition.newBuilder("Typed")
            .addTool(
                FunctionToolDefinition.newBuilder("answer")
                    .setParametersSchema(
                        "{\"type\":\"object\",\"properties\":{},\"required\":[],"
                            + "\"additionalProperties\":false}")
                    .setInvoker(call -> Workflow.newPromise(new Answer("from tool", 7)))
                    .build())
            .setOutputType(ANSWER)
            .setToolUseBehavior(ToolUseBehavior.stopOnFirstTool())
            .build();
    SCENARIOS.put("stopOnFirstTool", input -> Runner.<String>run(firstTool, input).finalOutput());
    SCENARIOS.put("stopAtTools", input -> Runner.<String>run(atTools, input).finalOutput());
    SCENARIOS.put("customToolUse", input -> Runner.<String>run(custom, input).finalOutput());
    SCENARIOS.put(
        "stopOnTypedTool",
        input -> {
          Answer answer = Runner.<Answer>run(typed, input).finalOutput();
          return answer.answer() + " (" + answer.confidence() + ")";
        });
  }

  static {
    AgentDefinition forced =
        AgentDefinition.newBuilder("Forced")
            .addTool(LOOKUP)
            .setModelSettings(new ModelSettings(0.2, null, 100, "required", null, null, null))
            .build();
    SCENARIOS.put("toolChoiceReset", input -> Runner.<String>run(forced, input).finalOutput());
    AgentDefinition forcedWithEverySetting =
        AgentDefinition.newBuilder("Forced")
            .addTool(LOOKUP)
            .setModelSettings(
                ModelSettings.newBuilder()
                    .setTemperature(0.2)
                    .setTopP(0.9)
                    .setMaxTokens(100)
                    .setToolChoice("required")
                    .setParallelToolCalls(false)
                    .setReasoningEffort("low")
                    .setMetadata(Map.of("team", "search"))
                    .setReasoningSummary("detailed")
                    .build())
            .build();
    SCENARIOS.put(
        "toolChoiceResetKeepsSettings",
        input -> Runner.<String>run(forcedWithEverySetting, input).finalOutput());
  }

  static {
    AgentDefinition failing =
        AgentDefinition.newBuilder("Fragile")
            .addTool(
                FunctionToolDefinition.newBuilder("explode")
                    .setParametersSchema(
                        "{\"type\":\"object\",\"properties\":{},\"required\":[],"
                            + "\"additionalProperties\":false}")
                    .setFailRunOnError(true)
                    .setInvoker(
                        call -> {
                          throw new IllegalStateException("boom");
                        })
                    .build())
            .build();
    SCENARIOS.put("failRunOnError", input -> Runner.<String>run(failing, input).finalOutput());
  }

  // ---------------------------------------------------------------------------------------------
  // Models, run config, context, hooks.

  static {
    AgentDefinition small =
        AgentDefinition.newBuilder("Small")
            .setModel("gpt-4o-mini")
            .addHandoff(HandoffDefinition.to(AgentDefinition.newBuilder("Default").build()))
            .build();
    SCENARIOS.put("multipleModels", input -> Runner.<String>run(small, input).finalOutput());
    SCENARIOS.put(
        "runConfigModel",
        input ->
            Runner.<String>run(small, input, RunConfig.newBuilder().setModel("gpt-4o").build())
                .finalOutput());
    SCENARIOS.put(
        "workflowDefaults",
        input -> {
          Runner.setWorkflowDefaults(
              RunConfig.newBuilder()
                  .setModel("gpt-4.1")
                  .setModelSettings(new ModelSettings(0.5, null, null, null, null, null, null))
                  .build());
          return Runner.<String>run(small, input).finalOutput();
        });
  }

  static {
    AgentDefinition stylist =
        AgentDefinition.newBuilder("Stylist")
            .setInstructions(
                (context, agent) -> "Respond as a " + ((Ticket) context.context()).escalationReason)
            .addTool(
                FunctionToolDefinition.newBuilder("bump")
                    .setParametersSchema(
                        "{\"type\":\"object\",\"properties\":{},\"required\":[],"
                            + "\"additionalProperties\":false}")
                    .setInvoker(
                        call -> {
                          Ticket ticket = (Ticket) call.context().context();
                          ticket.priority++;
                          return Workflow.newPromise("priority " + ticket.priority);
                        })
                    .build())
            .build();
    SCENARIOS.put(
        "context",
        input -> {
          Ticket ticket = new Ticket();
          ticket.escalationReason = "pirate";
          String output =
              Runner.<String>run(stylist, input, RunConfig.withContext(ticket)).finalOutput();
          return output + " / priority " + ticket.priority;
        });
  }

  static {
    AgentHooks agentHooks =
        new AgentHooks() {
          @Override
          public void onStart(RunContext<?> context, AgentDefinition agent) {
            events(context).add("agent hook: start " + agent.name());
          }

          @Override
          public void onToolEnd(
              RunContext<?> context, AgentDefinition agent, ToolCall call, String output) {
            events(context).add("agent hook: tool end " + call.toolName() + " -> " + output);
          }
        };
    RunHooks runHooks =
        new RunHooks() {
          @Override
          public void onAgentStart(RunContext<?> context, AgentDefinition agent) {
            events(context).add("start " + agent.name());
          }

          @Override
          public void onLlmEnd(
              RunContext<?> context, AgentDefinition agent, ModelResponse response) {
            events(context).add("llm end, " + context.usage().requests() + " requests so far");
          }

          @Override
          public void onToolStart(RunContext<?> context, AgentDefinition agent, ToolCall call) {
            events(context).add("tool start " + call.toolName());
          }

          @Override
          public void onHandoff(RunContext<?> context, AgentDefinition from, AgentDefinition to) {
            events(context).add("handoff " + from.name() + " -> " + to.name());
          }

          @Override
          public void onAgentEnd(RunContext<?> context, AgentDefinition agent, Object output) {
            events(context).add("end " + agent.name() + ": " + output);
          }

          @Override
          public void onLlmStart(
              RunContext<?> context, AgentDefinition agent, ModelRequest request) {
            events(context).add("llm start " + agent.name());
          }
        };
    AgentDefinition worker =
        AgentDefinition.newBuilder("Worker").addTool(LOOKUP).setHooks(agentHooks).build();
    AgentDefinition boss =
        AgentDefinition.newBuilder("Boss").addHandoff(HandoffDefinition.to(worker)).build();
    SCENARIOS.put(
        "hooks",
        input -> {
          Ticket ticket = new Ticket();
          Runner.run(
              boss, input, RunConfig.newBuilder().setContext(ticket).setHooks(runHooks).build());
          return String.join("\n", ticket.events);
        });
  }

  private static List<String> events(RunContext<?> context) {
    return ((Ticket) context.context()).events;
  }

  // ---------------------------------------------------------------------------------------------
  // Orchestration in user workflows.

  static final AgentDefinition OUTLINER = AgentDefinition.newBuilder("Outliner").build();
  static final AgentDefinition STORYTELLER = AgentDefinition.newBuilder("Storyteller").build();

  static {
    SCENARIOS.put(
        "sequential",
        input -> {
          RunResult<String> outline = Runner.run(OUTLINER, input);
          RunResult<String> story = Runner.run(STORYTELLER, outline.toInputList());
          return story.finalOutput();
        });
  }

  static {
    AgentDefinition picker = AgentDefinition.newBuilder("Picker").build();
    SCENARIOS.put(
        "parallel",
        input -> {
          List<Promise<RunResult<String>>> translations = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            translations.add(Async.function(() -> Runner.run(SPANISH, input)));
          }
          Promise.allOf(translations).get();
          String all =
              translations.stream()
                  .map(p -> p.get().finalOutput())
                  .collect(Collectors.joining("\n"));
          return "Best translation: " + Runner.<String>run(picker, all).finalOutput();
        });
  }

  /** The outline checker's verdict. */
  public record OutlineCheck(boolean goodQuality, boolean isScifi) {}

  static {
    AgentDefinition checker =
        AgentDefinition.newBuilder("Outline checker")
            .setOutputType(
                OutputType.json(
                    "OutlineCheck",
                    "{\"type\":\"object\",\"properties\":{\"goodQuality\":{\"type\":\"boolean\"},"
                        + "\"isScifi\":{\"type\":\"boolean\"}},\"required\":[\"goodQuality\","
                        + "\"isScifi\"],\"additionalProperties\":false}",
                    true,
                    false,
                    OutlineCheck.class))
            .build();
    SCENARIOS.put(
        "gate",
        input -> {
          RunResult<String> outline = Runner.run(OUTLINER, input);
          OutlineCheck check =
              Runner.<OutlineCheck>run(checker, outline.finalOutput()).finalOutput();
          if (!check.goodQuality() || !check.isScifi()) {
            return "Outline rejected";
          }
          return Runner.<String>run(STORYTELLER, outline.finalOutput()).finalOutput();
        });
  }

  /** The judge's verdict. */
  public record Evaluation(String feedback, String score) {}

  static {
    AgentDefinition judge =
        AgentDefinition.newBuilder("Evaluator")
            .setOutputType(
                OutputType.json(
                    "Evaluation",
                    "{\"type\":\"object\",\"properties\":{\"feedback\":{\"type\":\"string\"},"
                        + "\"score\":{\"type\":\"string\",\"enum\":[\"pass\",\"needs_improvement\","
                        + "\"fail\"]}},\"required\":[\"feedback\",\"score\"],"
                        + "\"additionalProperties\":false}",
                    true,
                    false,
                    Evaluation.class))
            .build();
    SCENARIOS.put(
        "judge",
        input -> {
          List<dev.durableagents.runtime.model.Item> conversation =
              List.of(dev.durableagents.runtime.model.Message.user(input));
          String latest;
          while (true) {
            RunResult<String> outline = Runner.run(OUTLINER, conversation);
            latest = outline.finalOutput();
            Evaluation evaluation =
                Runner.<Evaluation>run(judge, outline.toInputList()).finalOutput();
            if (evaluation.score().equals("pass")) {
              return "Final story outline: " + latest;
            }
            List<dev.durableagents.runtime.model.Item> next =
                new ArrayList<>(outline.toInputList());
            next.add(
                dev.durableagents.runtime.model.Message.user("Feedback: " + evaluation.feedback()));
            conversation = next;
          }
        });
  }

  static String kinds(List<RunItem> items) {
    return items.stream().map(i -> i.getClass().getSimpleName()).collect(Collectors.joining(","));
  }
}
