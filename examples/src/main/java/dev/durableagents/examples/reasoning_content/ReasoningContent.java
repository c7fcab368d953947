package dev.durableagents.examples.reasoning_content;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.Reasoning;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code reasoning_content/ReasoningContent}: a reasoning model summarizes its reasoning, and the
 * workflow returns that summary apart from the answer, both read from the run's new items. Args:
 * {@code [prompt] [model]}; the model must be a reasoning model of the Responses API (default the
 * agent's {@code o4-mini}).
 */
public final class ReasoningContent implements Sample {

  static final String DEFAULT_PROMPT =
      "What is the square root of 841? Please explain your reasoning.";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ReasoningContentWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new ReasoningContent(), args);
  }

  @Override
  public String name() {
    return "reasoning_content/ReasoningContent";
  }

  @Override
  public String description() {
    return "A reasoning model's summary of its reasoning, apart from its answer (Responses API)";
  }

  @Override
  public String taskQueue() {
    return ReasoningContentWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    ReasoningContentWorker.register(worker);
  }

  /**
   * A reasoning model that, like OpenAI's, returns a summary of its reasoning only when the request
   * asks for one.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.answering(
        request -> {
          List<String> summary =
              request.settings().reasoningSummary() == null
                  ? List.of()
                  : List.of(
                      "**Finding the square root of 841**\n\n29 x 29 = 841, and 841 is"
                          + " between 28 x 28 = 784 and 30 x 30 = 900.");
          return new ModelResponse(
              List.of(
                  new Reasoning("rs_offline_1", summary, List.of(), null),
                  new Message(
                      "assistant",
                      List.of(new ContentPart.OutputText("The square root of 841 is 29.")),
                      "msg_offline_1")),
              TestModel.text("").usage(),
              "resp_offline_1");
        });
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ReasoningContentWorkflow workflow =
        newWorkflow(client, ReasoningContentWorkflow.class, workflowId);
    ReasoningContentWorkflow.ReasoningResult result =
        workflow.run(
            args.size() > 0 ? args.get(0) : DEFAULT_PROMPT, args.size() > 1 ? args.get(1) : null);
    return "Prompt: "
        + result.prompt()
        + "\n\nReasoning Content:\n"
        + (result.reasoningContent() != null
            ? result.reasoningContent()
            : "No reasoning content provided")
        + "\n\nRegular Content:\n"
        + (result.regularContent() != null
            ? result.regularContent()
            : "No regular content provided");
  }
}
