package dev.durableagents.runtime.scenarios;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.HandoffFilters;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.InputGuardrailTripwireTriggered;
import dev.durableagents.runtime.OutputGuardrailTripwireTriggered;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.scenarios.Scenarios.MathHomework;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The scenarios of the run controls of issue #15: guardrails, max turns, handoff filters. */
final class RunControlScenarios {

  private RunControlScenarios() {}

  static final Map<String, Function<String, String>> SCENARIOS = new TreeMap<>();

  /** Runs the homework checker agent on the input: the guardrail of the math scenarios. */
  static final InputGuardrail HOMEWORK =
      new InputGuardrail() {
        @Override
        public GuardrailResult check(
            RunContext<?> context,
            AgentDefinition agent,
            java.util.List<dev.durableagents.runtime.model.Item> input) {
          RunResult<MathHomework> verdict = Runner.run(Scenarios.HOMEWORK_CHECKER, input);
          return new GuardrailResult(verdict.finalOutput().isMathHomework(), verdict.finalOutput());
        }

        @Override
        public String name() {
          return "Homework";
        }
      };

  /** An in-workflow guardrail that takes a minute of workflow time, then trips on "x". */
  static final InputGuardrail SLOW =
      new InputGuardrail() {
        @Override
        public GuardrailResult check(
            RunContext<?> context,
            AgentDefinition agent,
            java.util.List<dev.durableagents.runtime.model.Item> input) {
          Workflow.sleep(Duration.ofMinutes(1));
          return new GuardrailResult(input.toString().contains("x"), "saw x");
        }

        @Override
        public String name() {
          return "Slow";
        }
      };

  static String tripped(java.util.function.Supplier<String> run) {
    try {
      return run.get();
    } catch (InputGuardrailTripwireTriggered e) {
      return "input tripwire " + e.guardrailName();
    } catch (OutputGuardrailTripwireTriggered e) {
      return "output tripwire " + e.guardrailName() + ": " + e.outputInfo();
    }
  }

  static {
    AgentDefinition parallel =
        AgentDefinition.newBuilder("Customer support agent").addInputGuardrail(HOMEWORK).build();
    SCENARIOS.put(
        "parallelGuardrail",
        input -> {
          try {
            return Runner.<String>run(parallel, input).finalOutput();
          } catch (InputGuardrailTripwireTriggered e) {
            return "tripped by " + e.guardrailName();
          }
        });

    AgentDefinition blocking =
        AgentDefinition.newBuilder("Customer support agent")
            .addInputGuardrail(InputGuardrail.blocking(HOMEWORK))
            .build();
    SCENARIOS.put(
        "blockingGuardrail",
        input -> tripped(() -> Runner.<String>run(blocking, input).finalOutput()));

    AgentDefinition withTool =
        AgentDefinition.newBuilder("Assistant")
            .addTool(Scenarios.LOOKUP)
            .addInputGuardrail(SLOW)
            .build();
    SCENARIOS.put(
        "slowGuardrail", input -> tripped(() -> Runner.<String>run(withTool, input).finalOutput()));

    AgentDefinition plain = AgentDefinition.newBuilder("Assistant").build();
    RunConfig guarded =
        RunConfig.newBuilder()
            .addInputGuardrail(
                InputGuardrail.blocking(
                    (context, agent, input) ->
                        new GuardrailResult(input.toString().contains("secret"), null)))
            .addOutputGuardrail(
                (RunContext<?> context, AgentDefinition agent, String output) ->
                    output.contains("650")
                        ? GuardrailResult.tripwire("phone number")
                        : GuardrailResult.pass(null))
            .build();
    SCENARIOS.put(
        "runGuardrails",
        input -> tripped(() -> Runner.<String>run(plain, input, guarded).finalOutput()));
  }

  static {
    AgentDefinition looping =
        AgentDefinition.newBuilder("Looper").addTool(Scenarios.LOOKUP).build();
    RunConfig handled =
        RunConfig.newBuilder()
            .setMaxTurns(2)
            .setMaxTurnsHandler(
                (context, agent, items, error) ->
                    agent.name()
                        + " stopped after "
                        + error.maxTurns()
                        + " turns, "
                        + items.size()
                        + " items")
            .build();
    SCENARIOS.put(
        "maxTurnsHandler", input -> Runner.<String>run(looping, input, handled).finalOutput());

    AgentDefinition triage =
        AgentDefinition.newBuilder("Triage Agent")
            .addTool(Scenarios.LOOKUP)
            .addHandoff(HandoffDefinition.to(Scenarios.SPANISH))
            .build();
    RunConfig filtered =
        RunConfig.newBuilder().setHandoffInputFilter(HandoffFilters.removeAllTools()).build();
    SCENARIOS.put(
        "runHandoffFilter",
        input -> {
          RunResult<String> result = Runner.run(triage, input, filtered);
          return result.finalOutput() + " / items: " + Scenarios.kinds(result.newItems());
        });
  }

  static {
    // Runs whose failures the client decodes with AgentFailures.
    AgentDefinition plain = AgentDefinition.newBuilder("Assistant").build();
    SCENARIOS.put("plain", input -> Runner.<String>run(plain, input).finalOutput());

    AgentDefinition guarded =
        AgentDefinition.newBuilder("Assistant")
            .addInputGuardrail(
                InputGuardrail.blocking(
                    new InputGuardrail() {
                      @Override
                      public GuardrailResult check(
                          RunContext<?> context,
                          AgentDefinition agent,
                          java.util.List<dev.durableagents.runtime.model.Item> input) {
                        return GuardrailResult.tripwire(Map.of("word", "secret"));
                      }

                      @Override
                      public String name() {
                        return "NoSecrets";
                      }
                    }))
            .build();
    SCENARIOS.put(
        "uncaughtInputGuardrail", input -> Runner.<String>run(guarded, input).finalOutput());

    AgentDefinition looping =
        AgentDefinition.newBuilder("Looper").addTool(Scenarios.LOOKUP).setMaxTurns(1).build();
    SCENARIOS.put("maxTurns", input -> Runner.<String>run(looping, input).finalOutput());

    AgentDefinition strictLookup =
        AgentDefinition.newBuilder("Strict")
            .addTool(
                dev.durableagents.runtime.FunctionToolDefinition.newBuilder("lookup")
                    .setParametersSchema(Scenarios.QUERY_SCHEMA)
                    .setInvoker(Scenarios.LOOKUP.invoker())
                    .setFailRunOnError(true)
                    .build())
            .build();
    SCENARIOS.put(
        "failingToolActivity", input -> Runner.<String>run(strictLookup, input).finalOutput());
  }

  static {
    // isEnabled: "roll" and the handoff are offered only to premium runs (the context).
    dev.durableagents.runtime.IsEnabled premium =
        (context, agent) -> "premium".equals(context.context());
    AgentDefinition shop =
        AgentDefinition.newBuilder("Shop")
            .addTool(Scenarios.LOOKUP)
            .addTool(Scenarios.ROLL.toBuilder().setIsEnabled(premium).build())
            .addHandoff(
                HandoffDefinition.newBuilder(() -> Scenarios.SPANISH).setIsEnabled(premium).build())
            .build();
    SCENARIOS.put(
        "isEnabled",
        input ->
            Runner.<String>run(shop, "hi", RunConfig.newBuilder().setContext(input).build())
                .finalOutput());

    // A tool's own failure message.
    AgentDefinition polite =
        AgentDefinition.newBuilder("Polite")
            .addTool(
                Scenarios.LOOKUP.toBuilder()
                    .setFailureMessage(
                        (call, error) ->
                            "Lookup is down (" + error + "); answer from what you know.")
                    .build())
            .build();
    SCENARIOS.put("failureMessage", input -> Runner.<String>run(polite, input).finalOutput());

    // An agent as a tool with a structured input and a nested run config.
    AgentDefinition researcher =
        AgentDefinition.newBuilder("Researcher").addTool(Scenarios.LOOKUP).build();
    // The nested run's hooks write into the context, which the nested run inherits.
    dev.durableagents.runtime.RunHooks nestedHooks =
        new dev.durableagents.runtime.RunHooks() {
          @Override
          @SuppressWarnings("unchecked")
          public void onAgentStart(RunContext<?> context, AgentDefinition agent) {
            ((java.util.List<String>) context.context()).add("start " + agent.name());
          }
        };
    AgentDefinition lead =
        AgentDefinition.newBuilder("Lead")
            .addTool(
                researcher.asTool(
                    dev.durableagents.runtime.AgentToolOptions.newBuilder()
                        .setToolName("research")
                        .setParametersSchema(
                            "{\"type\":\"object\",\"properties\":{\"topic\":{\"type\":\"string\"},"
                                + "\"depth\":{\"type\":\"integer\"}},\"required\":[\"topic\",\"depth\"],"
                                + "\"additionalProperties\":false}")
                        .setRunConfig(
                            RunConfig.newBuilder()
                                .setMaxTurns(1)
                                .setHooks(nestedHooks)
                                .setMaxTurnsHandler(
                                    (context, agent, items, error) ->
                                        "research stopped after " + error.maxTurns() + " turn")
                                .build())
                        .build()))
            .build();
    SCENARIOS.put(
        "structuredAgentTool",
        input -> {
          java.util.List<String> events = new java.util.ArrayList<>();
          String output =
              Runner.<String>run(lead, input, RunConfig.withContext(events)).finalOutput();
          return output + " / " + events;
        });
  }

  static {
    // Tool input and output guardrails on the lookup tool.
    dev.durableagents.runtime.FunctionToolDefinition guardedLookup =
        Scenarios.LOOKUP.toBuilder()
            .addInputGuardrail(
                call -> {
                  String query = call.arguments().get("query", String.class);
                  if (query.equals("secret")) {
                    return dev.durableagents.runtime.ToolGuardrailResult.rejectContent(
                        "Lookups of secrets are not allowed.");
                  }
                  if (query.equals("forbidden")) {
                    return dev.durableagents.runtime.ToolGuardrailResult.raiseException(query);
                  }
                  return dev.durableagents.runtime.ToolGuardrailResult.allow();
                })
            .addOutputGuardrail(
                new dev.durableagents.runtime.ToolOutputGuardrail() {
                  @Override
                  public dev.durableagents.runtime.ToolGuardrailResult check(
                      dev.durableagents.runtime.ToolCall call, Object output) {
                    // Blocking is allowed: output guardrails run in a workflow thread of their own.
                    Workflow.sleep(Duration.ofSeconds(1));
                    if (String.valueOf(output).contains("classified")) {
                      return dev.durableagents.runtime.ToolGuardrailResult.rejectContent(
                          "[redacted]");
                    }
                    if (String.valueOf(output).contains("leak")) {
                      return dev.durableagents.runtime.ToolGuardrailResult.raiseException("leak");
                    }
                    return dev.durableagents.runtime.ToolGuardrailResult.allow();
                  }

                  @Override
                  public String name() {
                    return "NoLeaks";
                  }
                })
            .build();
    AgentDefinition careful = AgentDefinition.newBuilder("Careful").addTool(guardedLookup).build();
    SCENARIOS.put("toolGuardrails", input -> Runner.<String>run(careful, input).finalOutput());
  }
}
