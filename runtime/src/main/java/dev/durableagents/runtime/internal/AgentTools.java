package dev.durableagents.runtime.internal;

import dev.durableagents.annotations.ToolNames;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.AgentToolOptions;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.Runner;
import io.temporal.workflow.Async;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Agents used as tools: the tool runs the agent in the same workflow (its model calls are
 * activities of this workflow) and returns its final output to the calling agent's model.
 */
public final class AgentTools {

  /** The parameters of an agent tool, as the Agents SDK's {@code as_tool} has them. */
  public static final String SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"input\":{\"type\":\"string\"}},"
          + "\"required\":[\"input\"],\"additionalProperties\":false}";

  private AgentTools() {}

  /**
   * An agent tool.
   *
   * @param target supplies the agent; called when the tool runs, so definitions may refer to each
   *     other
   * @param toolName the tool's name, or {@code null} for the agent's name in snake case (the agent
   *     is then resolved now)
   * @param description the tool's description, or {@code null} for the agent's description
   * @param outputExtractor turns the nested run's result into the tool's output, or {@code null}
   *     for its final output
   */
  public static FunctionToolDefinition of(
      Supplier<AgentDefinition> target,
      String toolName,
      String description,
      Function<RunResult<?>, String> outputExtractor) {
    return of(
        target,
        AgentToolOptions.newBuilder()
            .setToolName(toolName)
            .setDescription(description)
            .setOutputExtractor(outputExtractor)
            .build());
  }

  /**
   * An agent tool with options: a structured input (the nested run's input is then the arguments as
   * JSON text), the nested run's config (the calling run's context when it sets none), when the
   * tool is enabled, and what the model gets when the nested run fails.
   */
  public static FunctionToolDefinition of(
      Supplier<AgentDefinition> target, AgentToolOptions options) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    String toolName = options.toolName();
    String description = options.description();
    Function<RunResult<?>, String> outputExtractor = options.outputExtractor();
    String schema = options.parametersSchema();
    RunConfig nested = options.runConfig();
    String name = toolName != null ? toolName : ToolNames.snakeCase(target.get().name());
    String text = description != null ? description : target.get().description();
    return FunctionToolDefinition.newBuilder(name)
        .setDescription(text)
        .setParametersSchema(schema != null ? schema : SCHEMA)
        .setStrict(true)
        .setIsEnabled(options.isEnabled())
        .setFailureMessage(options.failureMessage())
        .setFailRunOnError(options.failRunOnError())
        .setInvoker(
            call -> {
              String input =
                  schema != null
                      ? Json.toText(call.arguments().json())
                      : call.arguments().get("input", String.class);
              Object context = call.context() == null ? null : call.context().context();
              RunConfig withContext = RunConfig.newBuilder().setContext(context).build();
              RunConfig config = nested == null ? withContext : nested.orElse(withContext);
              return Async.function(
                  () -> {
                    RunResult<Object> result = Runner.run(target.get(), input, config);
                    return outputExtractor != null
                        ? outputExtractor.apply(result)
                        : Json.toText(result.finalOutput());
                  });
            })
        .build();
  }
}
