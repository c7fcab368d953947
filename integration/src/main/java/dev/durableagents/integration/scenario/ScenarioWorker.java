package dev.durableagents.integration.scenario;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.openai.OpenAIProvider;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Path;

/**
 * A worker of the scenario in a process of its own, with the library's default activity options:
 * the crash test starts several and kills them with SIGKILL.
 *
 * <pre>
 * java -cp ... dev.durableagents.integration.scenario.ScenarioWorker \
 *     ADDRESS TASK_QUEUE MODEL_BASE_URL SIDE_EFFECT_LOG TOOL_DELAY_MILLIS
 * </pre>
 *
 * <p>The model is the OpenAI provider on Chat Completions at {@code MODEL_BASE_URL} (the stub with
 * {@link ScenarioModel}); every model call is recorded in the side-effect log like a tool call.
 */
public final class ScenarioWorker {

  private ScenarioWorker() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 5) {
      System.err.println(
          "usage: ScenarioWorker ADDRESS TASK_QUEUE MODEL_BASE_URL SIDE_EFFECT_LOG"
              + " TOOL_DELAY_MILLIS");
      System.exit(2);
    }
    SideEffectLog log = new SideEffectLog(Path.of(args[3]));
    WorkerFactory factory = start(args[0], args[1], args[2], log, Integer.parseInt(args[4]));
    System.out.println("worker ready " + ProcessHandle.current().pid());
    Runtime.getRuntime().addShutdownHook(new Thread(factory::shutdownNow));
    Thread.currentThread().join();
  }

  /** Starts a worker of the scenario on {@code taskQueue}; returns its factory, started. */
  public static WorkerFactory start(
      String address, String taskQueue, String modelBaseUrl, SideEffectLog log, int toolDelay) {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient client =
        WorkflowClient.newInstance(
            service,
            WorkflowClientOptions.newBuilder().setPlugins(plugin(modelBaseUrl, log)).build());
    WorkerFactory factory = WorkerFactory.newInstance(client);
    Worker worker = factory.newWorker(taskQueue);
    AgentsModule.register(worker, new ScenarioTools(log, toolDelay));
    worker.registerWorkflowImplementationTypes(ChatWorkflowImpl.class);
    factory.start();
    return factory;
  }

  /** The plugin with the library's defaults and the OpenAI provider at {@code modelBaseUrl}. */
  public static DurableAgentsPlugin plugin(String modelBaseUrl, SideEffectLog log) {
    OpenAIProvider openAI =
        OpenAIProvider.newBuilder()
            .setApiKey("sk-integration")
            .setBaseUrl(modelBaseUrl)
            .setApi(OpenAIProvider.Api.CHAT_COMPLETIONS)
            .setDefaultModel("gpt-4o-mini")
            .build();
    ModelProvider recorded =
        name -> {
          Model model = openAI.getModel(name);
          return request -> {
            if (log != null) {
              log.start();
            }
            var response = model.getResponse(request);
            if (log != null) {
              log.end();
            }
            return response;
          };
        };
    return DurableAgentsPlugin.newBuilder().setModelProvider(recorded).build();
  }
}
