package dev.durableagents.integration;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.mcp.McpServerProvider;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A worker JVM of {@link McpSessionRecoveryIT}: it runs the MCP activities of the {@code memory}
 * server (stateful, {@code server-memory} from npm) on a task queue and hosts their sessions, until
 * it is killed. Args: {@code <address> <task queue> <memory file>}; prints {@code ready} once
 * polling.
 */
public final class McpWorkerProcess {

  private McpWorkerProcess() {}

  /** The memory server as every worker of the test registers it. */
  static McpServerProvider memory(String file) {
    return McpServerProvider.stdio(
            "memory",
            List.of("npx", "-y", "@modelcontextprotocol/server-memory"),
            Map.of("MEMORY_FILE_PATH", file),
            Duration.ofSeconds(50))
        .stateful();
  }

  public static void main(String[] args) throws InterruptedException {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(args[0]).build());
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(TestModel.returning()))
            .addMcpServer(memory(args[2]))
            .build();
    WorkerFactory factory =
        WorkerFactory.newInstance(
            WorkflowClient.newInstance(
                service, WorkflowClientOptions.newBuilder().setPlugins(plugin).build()));
    factory.newWorker(args[1]);
    factory.start();
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
