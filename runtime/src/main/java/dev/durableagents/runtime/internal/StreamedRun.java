package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.RunConfig;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunHooks;
import dev.durableagents.runtime.RunResult;
import dev.durableagents.runtime.ToolCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Reasoning;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.WorkflowThreadLocal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One streamed run ({@code Runner.runStreamed}): the agent loop, unchanged, with run hooks that
 * record the run's item events in the workflow's {@link RunStream} (and hand them to the workflow's
 * listener) in front of the run's own hooks, and with its model calls scheduled as the streaming
 * model activity under activity ids the stream chose ({@link #current}, read by {@link
 * ModelInvoker}).
 */
public final class StreamedRun implements RunHooks {

  /**
   * The heartbeat timeout of a streamed model call whose model options turn heartbeats off: a
   * streamed call needs them to carry its text to other processes.
   */
  static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(2);

  private static final WorkflowThreadLocal<StreamedRun> CURRENT =
      WorkflowThreadLocal.withCachedInitial(() -> null);

  private final RunStream stream;
  private final RunHooks delegate;
  private final Consumer<RunEvent.ItemEvent> listener;
  private String lastCallId;
  private String agentName;

  private StreamedRun(RunStream stream, RunHooks delegate, Consumer<RunEvent.ItemEvent> listener) {
    this.stream = stream;
    this.delegate = delegate;
    this.listener = listener;
  }

  /** The streamed run the current workflow thread is running, or {@code null}. */
  static StreamedRun current() {
    return CURRENT.get();
  }

  /**
   * Runs {@code agent} on {@code input} as a streamed run.
   *
   * @param listener gets each item event as it is recorded, in workflow code; may be {@code null}
   */
  public static <T> RunResult<T> run(
      AgentDefinition agent,
      List<Item> input,
      RunConfig config,
      Consumer<RunEvent.ItemEvent> listener) {
    WorkflowRuntime.current();
    if (WorkflowRuntime.current().modelActivityOptions().isUseLocalActivity()) {
      throw new IllegalStateException(
          "A streamed run needs the model call to be a regular activity (it heartbeats its text);"
              + " the plugin's ModelActivityOptions use a local activity");
    }
    RunHooks own = config.hooks() != null ? config.hooks() : WorkflowDefaults.get().hooks();
    StreamedRun run = new StreamedRun(RunStream.current(), own, listener);
    StreamedRun outer = CURRENT.get();
    CURRENT.set(run);
    try {
      RunResult<T> result = AgentLoop.run(agent, input, config.toBuilder().setHooks(run).build());
      Object output = result.finalOutput();
      String text = output instanceof String s ? s : Json.toText(output);
      String last = result.lastAgent().name();
      run.record(offset -> new RunEvent.RunCompleted(offset, last, text));
      return result;
    } catch (RuntimeException | Error e) {
      String failure = describe(e);
      String current = run.agentName != null ? run.agentName : agent.name();
      run.record(offset -> new RunEvent.RunFailed(offset, current, failure));
      throw e;
    } finally {
      CURRENT.set(outer);
    }
  }

  /** The failure and its causes, with the types of application failures (a model error's). */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable t = e; t != null && depth < 5; t = t.getCause(), depth++) {
      if (depth > 0) {
        text.append("; caused by ");
      }
      if (t instanceof ApplicationFailure application) {
        text.append(application.getType()).append(": ").append(application.getOriginalMessage());
      } else {
        text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      }
    }
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text.toString();
  }

  /**
   * Runs {@code run} (a run that is not streamed, such as that of an agent used as a tool in a
   * streamed run) with no streamed run current on this thread, so its model calls do not stream.
   */
  public static <R> R notStreamed(java.util.function.Supplier<R> run) {
    StreamedRun outer = CURRENT.get();
    if (outer == null) {
      return run.get();
    }
    CURRENT.set(null);
    try {
      return run.get();
    } finally {
      CURRENT.set(outer);
    }
  }

  /** The id of this run's next model call. */
  String nextCallId() {
    lastCallId = stream.nextCallId();
    return lastCallId;
  }

  private void record(java.util.function.LongFunction<RunEvent.ItemEvent> create) {
    RunEvent.ItemEvent event = stream.append(create);
    if (listener != null) {
      listener.accept(event);
    }
  }

  @Override
  public void onAgentStart(RunContext<?> context, AgentDefinition agent) {
    String previous = agentName;
    agentName = agent.name();
    record(offset -> new RunEvent.AgentChanged(offset, agent.name(), previous));
    if (delegate != null) {
      delegate.onAgentStart(context, agent);
    }
  }

  @Override
  public void onAgentEnd(RunContext<?> context, AgentDefinition agent, Object output) {
    if (delegate != null) {
      delegate.onAgentEnd(context, agent, output);
    }
  }

  @Override
  public void onHandoff(RunContext<?> context, AgentDefinition from, AgentDefinition to) {
    record(offset -> new RunEvent.HandoffTaken(offset, from.name(), to.name()));
    if (delegate != null) {
      delegate.onHandoff(context, from, to);
    }
  }

  @Override
  public void onToolStart(RunContext<?> context, AgentDefinition agent, ToolCall call) {
    String callId = lastCallId;
    String arguments = call.arguments() == null ? "{}" : call.arguments().json().toString();
    record(
        offset ->
            new RunEvent.ToolCallStarted(
                offset, agent.name(), callId, call.callId(), call.toolName(), arguments));
    if (delegate != null) {
      delegate.onToolStart(context, agent, call);
    }
  }

  @Override
  public void onToolEnd(
      RunContext<?> context, AgentDefinition agent, ToolCall call, String output) {
    record(
        offset ->
            new RunEvent.ToolCallFinished(
                offset, agent.name(), call.callId(), call.toolName(), output));
    if (delegate != null) {
      delegate.onToolEnd(context, agent, call, output);
    }
  }

  @Override
  public void onLlmStart(RunContext<?> context, AgentDefinition agent, ModelRequest request) {
    if (delegate != null) {
      delegate.onLlmStart(context, agent, request);
    }
  }

  @Override
  public void onLlmEnd(RunContext<?> context, AgentDefinition agent, ModelResponse response) {
    String callId = lastCallId;
    for (Item item : response.output()) {
      if (item instanceof Message message && "assistant".equals(message.role())) {
        String text = message.text();
        record(offset -> new RunEvent.MessageOutput(offset, agent.name(), callId, text));
      } else if (item instanceof Reasoning reasoning) {
        String text = reasoning.summaryText();
        if (text != null && !text.isEmpty()) {
          record(offset -> new RunEvent.ReasoningOutput(offset, agent.name(), callId, text));
        }
      }
    }
    if (delegate != null) {
      delegate.onLlmEnd(context, agent, response);
    }
  }
}
