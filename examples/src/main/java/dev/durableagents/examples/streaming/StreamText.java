package dev.durableagents.examples.streaming;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.RunEvent;
import dev.durableagents.runtime.RunSubscription;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code streaming/StreamText}: the Joker's answer printed as the model writes it. The client
 * starts the workflow and follows the run with a {@link RunSubscription}, printing each text delta
 * as it arrives; the workflow's history holds one model activity with the complete answer.
 */
public final class StreamText implements Sample {

  static final String DEFAULT_PROMPT = "Please tell me 5 jokes.";

  static final String OFFLINE_JOKES =
      "1. Why don't scientists trust atoms? Because they make up everything.\n"
          + "2. I told my wife she was drawing her eyebrows too high. She looked surprised.\n"
          + "3. Why did the scarecrow win an award? He was outstanding in his field.\n"
          + "4. I'm reading a book about anti-gravity. It's impossible to put down.\n"
          + "5. Why don't skeletons fight each other? They don't have the guts.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link StreamingWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new StreamText(), args);
  }

  @Override
  public String name() {
    return "streaming/StreamText";
  }

  @Override
  public String description() {
    return "A streamed run: text printed as the model writes it";
  }

  @Override
  public String taskQueue() {
    return StreamingWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    StreamingWorker.register(worker);
  }

  /** Offline, the scripted model streams its answer word by word, 15 ms apart. */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.returning(TestModel.text(OFFLINE_JOKES))
        .setStreamChunkDelay(Duration.ofMillis(15));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    StreamTextWorkflow workflow = newWorkflow(client, StreamTextWorkflow.class, workflowId);
    WorkflowClient.start(workflow::run, args.isEmpty() ? DEFAULT_PROMPT : String.join(" ", args));
    PrintStream out = System.out;
    out.println("Streaming " + workflowId + ":");
    try (RunSubscription events = RunSubscription.subscribe(client, workflowId)) {
      events.forEachRemaining(
          event -> {
            if (event instanceof RunEvent.TextDelta delta) {
              out.print(delta.delta());
              out.flush();
            } else if (event instanceof RunEvent.AttemptRestarted restarted) {
              out.println();
              out.println("[model call restarted: attempt " + restarted.attempt() + "]");
            } else if (event instanceof RunEvent.RunCompleted) {
              out.println();
              out.println("[done]");
            }
          });
    }
    return WorkflowStub.fromTyped(workflow).getResult(String.class);
  }
}
