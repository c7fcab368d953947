package dev.durableagents.examples.tools;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.CodeInterpreterCall;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.List;

/**
 * {@code tools/CodeInterpreter}: the model answers a math question by running Python in OpenAI's
 * hosted code interpreter ({@code @CodeInterpreterTool}). Args: {@code [question...]}.
 */
public final class CodeInterpreter implements Sample {

  static final String DEFAULT_QUESTION = "What is the square root of 273 * 312821 plus 1782?";

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link ToolsWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new CodeInterpreter(), args);
  }

  @Override
  public String name() {
    return "tools/CodeInterpreter";
  }

  @Override
  public String description() {
    return "OpenAI's hosted code interpreter (@CodeInterpreterTool) does the math";
  }

  @Override
  public String taskQueue() {
    return ToolsWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    ToolsWorker.register(worker);
  }

  /** One response, as OpenAI returns it: the interpreter's call, then the answer. */
  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.response(
            new CodeInterpreterCall(
                "ci_offline_1",
                "completed",
                "import math\nprint(math.sqrt(273 * 312821 + 1782))",
                "cntr_offline_1",
                null),
            Message.assistant(
                "273 * 312821 + 1782 = 85401915, and its square root is about 9241.3157.")));
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    CodeInterpreterWorkflow workflow =
        newWorkflow(client, CodeInterpreterWorkflow.class, workflowId);
    CodeInterpreterWorkflow.Answer answer =
        workflow.run(args.isEmpty() ? DEFAULT_QUESTION : String.join(" ", args));
    StringBuilder text = new StringBuilder();
    for (String code : answer.code()) {
      text.append("Code the interpreter ran:\n").append(code.strip()).append("\n\n");
    }
    return text.append(answer.answer()).toString();
  }
}
