package dev.durableagents.runtime;

import dev.durableagents.runtime.internal.AgentLoop;
import dev.durableagents.runtime.internal.AgentRegistry;
import dev.durableagents.runtime.internal.Json;
import dev.durableagents.runtime.internal.StreamedRun;
import dev.durableagents.runtime.internal.WorkflowDefaults;
import dev.durableagents.runtime.internal.WorkflowRuntime;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs agents inside Temporal workflow code. Each model call is one activity and each tool call of
 * a tool set is one activity; the loop between them is workflow code, so a run resumes after a
 * crash from its last completed call.
 *
 * <pre>{@code
 * // in a workflow method
 * RunResult<String> plan = Runner.run(PlannerAgent.class, "Plan: " + task);
 * Promise<RunResult<String>> es = Async.function(() -> Runner.run(SpanishAgent.class, text));
 * Promise<RunResult<String>> fr = Async.function(() -> Runner.run(FrenchAgent.class, text));
 * Promise.allOf(es, fr).get();
 * }</pre>
 *
 * <p>The worker's client must carry a {@link DurableAgentsPlugin}. Calling {@code run} outside a
 * workflow throws {@link IllegalStateException}.
 */
public final class Runner {

  private Runner() {}

  /**
   * Runs the agent declared by an {@code @Agent} interface.
   *
   * @param agentType the {@code @Agent}-annotated interface
   * @param input a {@code String}, a {@code List<Item>} conversation, or a value sent as JSON text
   * @param <T> the agent's output type
   */
  public static <T> RunResult<T> run(Class<?> agentType, Object input) {
    return run(agentType, input, RunConfig.getDefaultInstance());
  }

  /** Runs the agent declared by an {@code @Agent} interface, with run-level settings. */
  public static <T> RunResult<T> run(Class<?> agentType, Object input, RunConfig config) {
    return run(AgentRegistry.definitionOf(agentType), input, config);
  }

  /** Runs an agent built at run time. */
  public static <T> RunResult<T> run(AgentDefinition agent, Object input) {
    return run(agent, input, RunConfig.getDefaultInstance());
  }

  /** Runs an agent built at run time, with run-level settings. */
  public static <T> RunResult<T> run(AgentDefinition agent, Object input, RunConfig config) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(config, "config");
    return StreamedRun.notStreamed(() -> AgentLoop.run(agent, toItems(input), config));
  }

  /**
   * Runs the agent declared by an {@code @Agent} interface as a streamed run: see {@link
   * #runStreamed(AgentDefinition, Object, RunConfig, Consumer)}.
   */
  public static <T> RunResult<T> runStreamed(
      Class<?> agentType, Object input, Consumer<RunEvent.ItemEvent> listener) {
    return runStreamed(
        AgentRegistry.definitionOf(agentType), input, RunConfig.getDefaultInstance(), listener);
  }

  /**
   * Runs the agent declared by an {@code @Agent} interface as a streamed run, with run-level
   * settings: see {@link #runStreamed(AgentDefinition, Object, RunConfig, Consumer)}.
   */
  public static <T> RunResult<T> runStreamed(
      Class<?> agentType, Object input, RunConfig config, Consumer<RunEvent.ItemEvent> listener) {
    return runStreamed(AgentRegistry.definitionOf(agentType), input, config, listener);
  }

  /**
   * Runs an agent as a streamed run: the same run as {@link #run(AgentDefinition, Object,
   * RunConfig)}, with the same result, whose model calls stream.
   *
   * <ul>
   *   <li>Each model call is the {@code InvokeModelStreaming} activity: it calls the model's
   *       streaming API ({@link Model#streamResponse}) and publishes the text as it arrives, as
   *       heartbeat details and to the worker's memory, and returns the complete response, which
   *       history records as for any model call. It heartbeats at the plugin's model activity
   *       heartbeat timeout, or with one of 2 seconds when those options turn heartbeats off; the
   *       SDK sends the text at most every 0.8 times that timeout. Local model activities cannot
   *       stream: the run fails with {@link IllegalStateException}.
   *   <li>The run's item events ({@link RunEvent.ItemEvent}: agent changed, message, reasoning,
   *       tool call started and finished, handoff, and the terminal run completed or failed) are
   *       kept in workflow state and served by a query, so a client follows the run with {@link
   *       RunSubscription}. Replay rebuilds them; neither they nor the deltas add events to the
   *       workflow history.
   *   <li>{@code listener}, when not {@code null}, gets each item event as it is recorded, in
   *       workflow code (deterministic rules apply), for workflows that republish them.
   * </ul>
   *
   * <p>The run's hooks (the config's, else the workflow defaults') still run, after the recording.
   * Runs of agents used as tools within the run are not streamed.
   */
  public static <T> RunResult<T> runStreamed(
      AgentDefinition agent,
      Object input,
      RunConfig config,
      Consumer<RunEvent.ItemEvent> listener) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(config, "config");
    return StreamedRun.run(agent, toItems(input), config, listener);
  }

  /**
   * Sets the run config every later run of the current workflow starts from; each run's own config
   * overrides it field by field. Call it in workflow code, e.g. at the start of the workflow
   * method.
   */
  public static void setWorkflowDefaults(RunConfig defaults) {
    WorkflowRuntime.current();
    WorkflowDefaults.set(defaults);
  }

  @SuppressWarnings("unchecked")
  private static List<Item> toItems(Object input) {
    Objects.requireNonNull(input, "input");
    if (input instanceof String text) {
      return List.of(Message.user(text));
    }
    if (input instanceof Item item) {
      return List.of(item);
    }
    if (input instanceof List<?> list && list.stream().allMatch(Item.class::isInstance)) {
      return List.copyOf((List<Item>) list);
    }
    return List.of(Message.user(Json.toText(input)));
  }
}
