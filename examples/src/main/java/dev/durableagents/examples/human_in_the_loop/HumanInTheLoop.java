package dev.durableagents.examples.human_in_the_loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.examples.support.Terminal;
import dev.durableagents.runtime.ApprovalDecision;
import dev.durableagents.runtime.Approvals;
import dev.durableagents.runtime.PendingApproval;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code human_in_the_loop/HumanInTheLoop}: a refund agent whose refund tool needs a person's
 * approval ({@code @FunctionTool(needsApproval = true)}). The generated workflow declares nothing
 * for it: the runtime pauses the run at each refund call and lists it on the {@code
 * pendingToolApprovals} query; this starter, through {@link Approvals}, shows each call, asks
 * {@code Approve? [y/n]} on the terminal, and sends the decision as a {@code decideToolApproval}
 * update. With nothing typed (stdin empty), the launcher plays the person: it approves refunds up
 * to {@value #DEMO_LIMIT} dollars and rejects larger ones. Args: {@code [request]}.
 */
public final class HumanInTheLoop implements Sample {

  static final String DEFAULT_REQUEST =
      "My headphones (order A-1001) arrived broken, and I sent the laptop of order A-1002 back."
          + " Please refund both.";

  /** The demo person approves refunds up to this many dollars. */
  static final int DEMO_LIMIT = 100;

  /** Why the demo person rejects a larger refund. */
  static final String DEMO_REASON = "refunds above $" + DEMO_LIMIT + " need a manager's sign-off";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link HumanInTheLoopWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new HumanInTheLoop(), args);
  }

  @Override
  public String name() {
    return "human_in_the_loop/HumanInTheLoop";
  }

  @Override
  public String description() {
    return "A person approves each refund: the run pauses durably, an update decides each call";
  }

  @Override
  public String taskQueue() {
    return HumanInTheLoopWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    HumanInTheLoopWorker.register(worker);
  }

  /**
   * A model that looks both orders up, refunds both, then answers from what the refund calls
   * returned: the refund, or the reason it was not approved.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.answering(HumanInTheLoop::answer);
  }

  private static ModelResponse answer(ModelRequest request) {
    List<FunctionCallOutput> outputs = new ArrayList<>();
    for (Item item : request.input()) {
      if (item instanceof FunctionCallOutput output) {
        outputs.add(output);
      }
    }
    if (outputs.isEmpty()) {
      return TestModel.response(
          new FunctionCall("call_lookup_1", "lookUpOrder", "{\"orderId\":\"A-1001\"}", null),
          new FunctionCall("call_lookup_2", "lookUpOrder", "{\"orderId\":\"A-1002\"}", null));
    }
    if (outputs.size() == 2) {
      return TestModel.response(
          new FunctionCall(
              "call_refund_1", "refund", "{\"orderId\":\"A-1001\",\"amount\":40.0}", null),
          new FunctionCall(
              "call_refund_2", "refund", "{\"orderId\":\"A-1002\",\"amount\":900.0}", null));
    }
    StringBuilder text = new StringBuilder();
    String[] orders = {"A-1001", "A-1002"};
    for (int i = 0; i < orders.length; i++) {
      String output = outputs.get(2 + i).output();
      String refused = "was not approved";
      int at = output.indexOf(refused);
      if (text.length() > 0) {
        text.append(' ');
      }
      if (at < 0) {
        text.append(output).append('.');
      } else {
        String reason = output.substring(at + refused.length()).replaceFirst("^[:.]\\s*", "");
        text.append("I could not refund order ")
            .append(orders[i])
            .append(reason.isEmpty() ? "." : ": " + reason + ".");
      }
    }
    return TestModel.text(text.toString());
  }

  /** Runs the demo, the launcher playing the person; returns the transcript and the answer. */
  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(transcript, true, StandardCharsets.UTF_8);
    Terminal nobody = Terminal.of(new ByteArrayInputStream(new byte[0]), out, false);
    String answer = run(client, workflowId, args, nobody);
    return transcript.toString(StandardCharsets.UTF_8) + answer;
  }

  /** Asks the person at {@code terminal} to decide each refund; returns the agent's answer. */
  @Override
  public String run(
      WorkflowClient client, String workflowId, List<String> args, Terminal terminal) {
    RefundAgentWorkflow workflow = newWorkflow(client, RefundAgentWorkflow.class, workflowId);
    WorkflowClient.start(workflow::ask, args.isEmpty() ? DEFAULT_REQUEST : String.join(" ", args));
    CompletableFuture<String> result =
        WorkflowStub.fromTyped(workflow).getResultAsync(String.class);

    Approvals approvals = Approvals.of(workflow);
    Set<String> decided = new HashSet<>();
    while (!result.isDone()) {
      for (PendingApproval call : approvals.awaitPending(Duration.ofMillis(500))) {
        if (decided.add(call.id())) {
          approvals.decide(ask(terminal, call));
        }
      }
    }
    try {
      return result.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Shows the call and reads the person's decision; with no input, the demo person decides. */
  static ApprovalDecision ask(Terminal terminal, PendingApproval call) {
    terminal
        .out()
        .println(
            "Approval needed ("
                + call.id()
                + "): "
                + call.agentName()
                + " wants to call "
                + call.toolName()
                + " with "
                + call.arguments());
    String line = terminal.readLine("Approve? [y/n] ");
    if (line == null) {
      double amount = amount(call);
      if (amount <= DEMO_LIMIT) {
        terminal.out().println("(no input: the demo approves refunds up to $" + DEMO_LIMIT + ")");
        return ApprovalDecision.approve(call.id());
      }
      terminal.out().println("(no input: the demo rejects it: " + DEMO_REASON + ")");
      return ApprovalDecision.reject(call.id(), DEMO_REASON);
    }
    String answer = line.trim().toLowerCase(Locale.ROOT);
    if (answer.equals("y") || answer.equals("yes")) {
      terminal.out().println("Approved.");
      return ApprovalDecision.approve(call.id());
    }
    terminal.out().println("Rejected.");
    return ApprovalDecision.reject(call.id(), "the reviewer rejected it");
  }

  /** The refund's amount, from the call's arguments; 0 when it has none. */
  private static double amount(PendingApproval call) {
    try {
      return JSON.readTree(call.arguments()).path("amount").asDouble(0);
    } catch (IOException e) {
      return 0;
    }
  }
}
