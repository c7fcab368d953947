package dev.durableagents.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.durableagents.examples.mcp.McpSample;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Samples;
import dev.durableagents.examples.support.Temporal;
import dev.durableagents.examples.support.Terminal;
import dev.durableagents.integration.Histories;
import dev.durableagents.integration.RealServer;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's launcher run against the real server ({@code TEMPORAL_ADDRESS}), offline model:
 * the README's run command as a user runs it against {@code temporal server start-dev}.
 */
class SamplesOnRealServerIT {

  static Iterable<String> sampleNames() {
    return Samples.all().stream().map(Sample::name).toList();
  }

  @ParameterizedTest
  @MethodSource("sampleNames")
  void runsOnTheRealServer(String sample) {
    String address = RealServer.address();
    assumeTrue(
        !(Samples.find(sample) instanceof McpSample mcp && mcp.needsNpm())
            || McpSample.npxAvailable(),
        "npx is not available: " + sample + " needs the npm MCP servers");
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int status;
    try {
      Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), System.out, false);
      status = Launcher.run(new String[] {sample}, Map.of("TEMPORAL_ADDRESS", address), terminal);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    System.out.println(output);

    assertEquals(0, status, output);
    assertTrue(output.contains("Temporal: Temporal at " + address), output);
    assertTrue(output.contains("Result:"), output);
    assertTrue(output.contains("activity InvokeModel"), output);
    String runLine = output.lines().filter(l -> l.startsWith("Run ")).findFirst().orElseThrow();
    String workflowId = runLine.substring(4, runLine.indexOf(','));

    WorkflowServiceStubs service = Temporal.connectTo(address);
    try {
      WorkflowClient client = WorkflowClient.newInstance(service);
      WorkflowExecutionHistory history = client.fetchHistory(workflowId);
      assertEquals(0, Histories.workflowTaskFailures(history), workflowId);
      EventType last = history.getLastEvent().getEventType();
      if (last != EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED) {
        // A conversation outlives its chat: it waits for the next message. End it here.
        assertTrue(sample.startsWith("customer_service/"), sample + " ended with " + last);
        client.newUntypedWorkflowStub(workflowId).terminate("integration test done");
      }
    } finally {
      service.shutdownNow();
    }
  }
}
