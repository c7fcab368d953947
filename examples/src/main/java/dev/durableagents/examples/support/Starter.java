package dev.durableagents.examples.support;

import dev.durableagents.runtime.DurableAgentsPlugin;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Arrays;
import java.util.List;

/**
 * Starts a sample's workflow on the Temporal server at {@code TEMPORAL_ADDRESS} (default {@code
 * 127.0.0.1:7233}), where its folder's worker runs, and prints the result: the starter half of a
 * two-process setup. The launcher runs both halves in one process instead.
 */
public final class Starter {

  private Starter() {}

  /** Starts {@code sample} with {@code args} and prints its result. */
  public static void start(Sample sample, String[] args) {
    String address = System.getenv().getOrDefault("TEMPORAL_ADDRESS", Temporal.DEFAULT_ADDRESS);
    WorkflowServiceStubs service = Temporal.connectTo(address);
    try {
      // The client needs no model: the plugin only matters to workers.
      WorkflowClient client =
          WorkflowClient.newInstance(
              service,
              WorkflowClientOptions.newBuilder()
                  .setPlugins(DurableAgentsPlugin.newBuilder().build())
                  .build());
      List<String> sampleArgs = Arrays.asList(args);
      String workflowId = sample.workflowId(sampleArgs);
      System.out.println(sample.run(client, workflowId, sampleArgs, Terminal.system()));
    } finally {
      service.shutdown();
    }
  }
}
