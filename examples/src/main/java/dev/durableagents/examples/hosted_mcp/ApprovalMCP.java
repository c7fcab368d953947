package dev.durableagents.examples.hosted_mcp;

import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Starter;
import dev.durableagents.examples.support.Terminal;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.McpApprovalRequest;
import dev.durableagents.runtime.model.McpApprovalResponse;
import dev.durableagents.runtime.model.McpCall;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code hosted_mcp/ApprovalMCP}: every call of the MCP server's tools waits for a person. The
 * workflow shows pending requests through a query and takes each decision as an update; this
 * starter polls the query, asks {@code Approve? [y/n]} on the terminal and sends the answer. With
 * nothing typed (stdin empty), it approves, as the demo. Needs the Responses API, so a real OpenAI
 * key when not offline. Args: {@code [question] [server url]}.
 */
public final class ApprovalMCP implements Sample {

  /** How often the starter asks the workflow for pending approvals. */
  static final Duration POLL_INTERVAL = Duration.ofMillis(200);

  /** Starts the sample on {@code TEMPORAL_ADDRESS}, where {@link HostedMcpWorker} runs. */
  public static void main(String[] args) {
    Starter.start(new ApprovalMCP(), args);
  }

  @Override
  public String name() {
    return "hosted_mcp/ApprovalMCP";
  }

  @Override
  public String description() {
    return "A person approves each hosted MCP tool call: a query shows it, an update decides it";
  }

  @Override
  public String taskQueue() {
    return HostedMcpWorker.TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    HostedMcpWorker.register(worker);
  }

  /**
   * A model that asks approval to call the documentation tool, then answers with the tool's output
   * if the call was approved, or without it if rejected.
   */
  @Override
  public TestModel offlineModel(List<String> args) {
    return TestModel.answering(ApprovalMCP::answer);
  }

  private static ModelResponse answer(ModelRequest request) {
    McpApprovalResponse decision = null;
    for (Item item : request.input()) {
      if (item instanceof McpApprovalResponse response) {
        decision = response;
      }
    }
    if (decision == null) {
      return TestModel.response(
          OfflineMcp.listTools(),
          new McpApprovalRequest("mcpr_offline_1", GitMcp.LABEL, OfflineMcp.TOOL, "{}"));
    }
    if (!decision.approve()) {
      return TestModel.text(
          "I was not allowed to read the repository's documentation ("
              + decision.reason()
              + "), so I cannot tell which language it is written in.");
    }
    return TestModel.response(
        new McpCall(
            "mcp_offline_1",
            GitMcp.LABEL,
            OfflineMcp.TOOL,
            "{}",
            OfflineMcp.TOOL_OUTPUT,
            null,
            decision.approvalRequestId(),
            "completed"),
        new Message("assistant", List.of(new ContentPart.OutputText(OfflineMcp.ANSWER)), "msg"));
  }

  /** Runs the demo: every request is approved; returns the transcript and the answer. */
  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(transcript, true, StandardCharsets.UTF_8);
    Terminal nobody = Terminal.of(new ByteArrayInputStream(new byte[0]), out, false);
    String answer = run(client, workflowId, args, nobody);
    return transcript.toString(StandardCharsets.UTF_8) + answer;
  }

  /** Asks the person at {@code terminal} to decide each request; returns the agent's answer. */
  @Override
  public String run(
      WorkflowClient client, String workflowId, List<String> args, Terminal terminal) {
    ApprovalMcpWorkflow workflow = newWorkflow(client, ApprovalMcpWorkflow.class, workflowId);
    WorkflowClient.start(
        workflow::run,
        args.size() > 0 ? args.get(0) : GitMcp.DEFAULT_QUESTION,
        args.size() > 1 ? args.get(1) : GitMcp.CODEX_URL);
    CompletableFuture<String> result =
        WorkflowStub.fromTyped(workflow).getResultAsync(String.class);

    Set<String> decided = new HashSet<>();
    while (!result.isDone()) {
      boolean asked = false;
      for (PendingApproval request : workflow.getPendingApprovals()) {
        if (decided.add(request.requestId())) {
          workflow.decideApproval(ask(terminal, request));
          asked = true;
        }
      }
      if (!asked) {
        pause();
      }
    }
    try {
      return result.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Shows the request and reads the person's decision; with no input, approves. */
  private static ApprovalDecision ask(Terminal terminal, PendingApproval request) {
    terminal
        .out()
        .println(
            "Approval request "
                + request.requestId()
                + ": call tool "
                + request.toolName()
                + " of MCP server "
                + request.serverLabel()
                + " with "
                + request.arguments());
    String line = terminal.readLine("Approve? [y/n] ");
    if (line == null) {
      terminal.out().println("(no input: approving, as the demo does)");
      return ApprovalDecision.approve(request.requestId());
    }
    String answer = line.trim().toLowerCase(Locale.ROOT);
    if (answer.equals("y") || answer.equals("yes")) {
      terminal.out().println("Approved.");
      return ApprovalDecision.approve(request.requestId());
    }
    terminal.out().println("Rejected.");
    return ApprovalDecision.reject(request.requestId(), "the user rejected the tool call");
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for approval requests", e);
    }
  }
}
