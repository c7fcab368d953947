package dev.durableagents.examples.streaming;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunSubscription;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code streaming/StreamItems}: the Joker calls {@code how_many_jokes} (an activity), then tells
 * that many jokes. The client prints each item event as the run records it (agent, tool call, tool
 * output, message) and the jokes' text as it arrives; the workflow republishes the same items,
 * which the client reads with a query at the end.
 */
public final class StreamItems implements Sample {

  static final String DEFAULT_PROMPT = "Hello";

  static final List<String> JOKES =
      List.of(
          "Why did the developer go broke? He used up all his cache.",
          "There are 10 kinds of people: those who read binary and those who don't.",
          "A SQL query walks into a bar, goes up to two tables and asks: may I join you?",
          "Why do programmers prefer dark mode? Because light attracts bugs.",
          "I would tell you a UDP joke, but you might not get it.",
          "Why was the function sad? It didn't get called back.",
          "Debugging: removing the needles from the haystack.",
          "Why did the Java developer wear glasses? He couldn't C#.",
          "There's no place like 127.0.0.1.",
          "To understand recursion, you must first understand recursion.");

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link StreamingWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new StreamItems(), args);
  }

  @Override
  public String name() {
    return "streaming/StreamItems";
  }

  @Override
  public String description() {
    return "A streamed run: item events (tool call, output, message) as they complete";
  }

  @Override
  public String taskQueue() {
    return StreamingWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    StreamingWorker.register(worker);
  }

  /**
   * Offline, the scripted model calls the tool, then tells as many jokes as the tool said, word by
   * word, 10 ms apart.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.answering(StreamItems::answer).setStreamChunkDelay(Duration.ofMillis(10));
  }

  static ModelResponse answer(ModelRequest request) {
    for (Item item : request.input()) {
      if (item instanceof FunctionCallOutput output) {
        int count = Math.max(1, Math.min(JOKES.size(), Integer.parseInt(output.output().trim())));
        StringBuilder text = new StringBuilder("Here are " + count + " jokes:");
        for (int i = 0; i < count; i++) {
          text.append("\n").append(i + 1).append(". ").append(JOKES.get(i));
        }
        return TestModel.text(text.toString());
      }
    }
    return TestModel.toolCall("how_many_jokes", "{}");
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    StreamItemsWorkflow workflow = newWorkflow(client, StreamItemsWorkflow.class, workflowId);
    WorkflowClient.start(workflow::run, args.isEmpty() ? DEFAULT_PROMPT : String.join(" ", args));
    PrintStream out = System.out;
    out.println("=== Run starting ===");
    boolean[] inText = {false};
    try (RunSubscription events = RunSubscription.subscribe(client, workflowId)) {
      events.forEachRemaining(
          event -> {
            if (event instanceof RunEvent.TextDelta delta) {
              if (!inText[0]) {
                out.print("-- Text: ");
                inText[0] = true;
              }
              out.print(delta.delta());
              out.flush();
              return;
            }
            if (inText[0]) {
              out.println();
              inText[0] = false;
            }
            if (event instanceof RunEvent.AgentChanged changed) {
              out.println("Agent updated: " + changed.agentName());
            } else if (event instanceof RunEvent.ToolCallStarted started) {
              out.println("-- Tool was called: " + started.toolName());
            } else if (event instanceof RunEvent.ToolCallFinished finished) {
              out.println("-- Tool output: " + finished.output());
            } else if (event instanceof RunEvent.MessageOutput message) {
              out.println("-- Message output: " + message.text().lines().count() + " lines");
            } else if (event instanceof RunEvent.AttemptRestarted restarted) {
              out.println("[model call restarted: attempt " + restarted.attempt() + "]");
            } else if (event instanceof RunEvent.RunCompleted) {
              out.println("=== Run complete ===");
            }
          });
    }
    String result = WorkflowStub.fromTyped(workflow).getResult(String.class);
    out.println("Items the workflow republished:");
    workflow.items().forEach(item -> out.println("  " + item.lines().findFirst().orElse("")));
    return result;
  }
}
