package dev.durableagents.runtime.mcp;

import static dev.durableagents.runtime.TestModel.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import dev.durableagents.runtime.testing.Histories;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tool filters (static and dynamic) and the worker's tool list cache, with the calculator. */
class McpFilterAndCacheTest {

  private static List<List<String>> offeredTools(McpServerProvider server, int runs) {
    TestModel model =
        TestModel.returning(Collections.nCopies(runs, text("ok")).toArray(ModelResponse[]::new));
    try (AgentTestEnvironment env =
        AgentTestEnvironment.create(RealMcpServersTest.plugin(model, server), 0)) {
      env.worker().registerWorkflowImplementationTypes(McpAgentWorkflowImpl.class);
      env.start();
      for (int i = 0; i < runs; i++) {
        String id = "filter-" + i;
        env.newWorkflow(McpAgentWorkflow.class, id).run("calculator", "?");
        // Each run lists the tools in its history, cached on the worker or not.
        assertEquals(
            List.of("McpListTools", "InvokeModel"),
            Histories.scheduledActivities(Histories.of(env.client(), id)));
      }
    }
    return model.requests().stream()
        .map(r -> r.tools().stream().map(FunctionToolSpec::name).toList())
        .toList();
  }

  @Test
  void staticAllowAndDenyLists() {
    McpServerProvider calc = McpServerProvider.stdio("calc", McpClientTest.calculatorCommand());
    assertEquals(
        List.of(List.of("add", "greet")),
        offeredTools(calc.withToolFilter(McpToolFilter.allow("add", "greet")), 1));
    assertEquals(
        List.of(List.of("add", "greet")),
        offeredTools(calc.withToolFilter(McpToolFilter.deny("divide")), 1));
  }

  @Test
  void aDynamicFilterDecidesByAgentAndServer() {
    McpServerProvider calc =
        McpServerProvider.stdio("calc", McpClientTest.calculatorCommand())
            .withToolFilter(
                (context, tool) ->
                    !(context.serverName().equals("calc")
                        && context.agentName().equals("Calculator")
                        && tool.name().equals("divide")));
    assertEquals(List.of(List.of("add", "greet")), offeredTools(calc, 1));
  }

  @Test
  void aCachedToolListIsAskedOfTheServerOnce() {
    AtomicInteger connections = new AtomicInteger();
    McpServerProvider stdio = McpServerProvider.stdio("calc", McpClientTest.calculatorCommand());
    McpServerProvider counting =
        McpServerProvider.of(
                "calc",
                () -> {
                  connections.incrementAndGet();
                  return stdio.connect();
                })
            .withToolsListCached();
    offeredTools(counting, 3);
    assertEquals(1, connections.get(), "three runs listed the tools; the server was asked once");
    counting.invalidateToolsCache();
    offeredTools(counting, 1);
    assertEquals(2, connections.get());
  }
}
