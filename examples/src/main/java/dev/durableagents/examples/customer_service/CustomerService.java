package dev.durableagents.examples.customer_service;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.examples.support.Terminal;
import dev.durableagents.runtime.TestModel;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code customer_service/CustomerService}: an airline's customer-service chat in the terminal, one
 * long-lived workflow per conversation. Each line typed is an update (with a validator), the
 * history a query; triage, FAQ and seat booking agents hand the conversation to each other; a
 * handoff hook and a tool change the run's context; the workflow continues as new with its state.
 * Args: {@code [--conversation-id <id>]} to resume a conversation. With nothing typed (stdin empty
 * or not a terminal), it plays a demo conversation.
 */
public final class CustomerService implements Sample {

  /** Chats on {@code TEMPORAL_ADDRESS}, where {@link CustomerServiceWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new CustomerService(), args);
  }

  @Override
  public String name() {
    return "customer_service/CustomerService";
  }

  @Override
  public String description() {
    return "A chat: updates with a validator, a query, continue-as-new, handoff cycles, context";
  }

  @Override
  public String taskQueue() {
    return CustomerServiceWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    CustomerServiceWorker.register(worker);
  }

  @Override
  public TestModel offlineModel(List<String> args) {
    return AirlineScript.model();
  }

  /** The id given with {@code --conversation-id}, else a new one. */
  @Override
  public String workflowId(List<String> args) {
    int flag = args.indexOf("--conversation-id");
    if (flag >= 0 && flag + 1 < args.size()) {
      return args.get(flag + 1);
    }
    return Sample.super.workflowId(args);
  }

  /** Plays the demo conversation and returns its transcript. */
  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(transcript, true, StandardCharsets.UTF_8);
    Terminal nobody = Terminal.of(new ByteArrayInputStream(new byte[0]), out, false);
    String summary =
        new CustomerServiceChat(client, workflowId, taskQueue(), nobody).chat(AirlineScript.DEMO);
    return transcript.toString(StandardCharsets.UTF_8) + summary;
  }

  /** Chats with the person at {@code terminal}. */
  @Override
  public String run(
      WorkflowClient client, String workflowId, List<String> args, Terminal terminal) {
    return new CustomerServiceChat(client, workflowId, taskQueue(), terminal)
        .chat(AirlineScript.DEMO);
  }
}
