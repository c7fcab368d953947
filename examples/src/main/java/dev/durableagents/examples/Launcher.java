package dev.durableagents.examples;

import dev.durableagents.examples.support.DevServer;
import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.RunReport;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Samples;
import dev.durableagents.examples.support.Temporal;
import dev.durableagents.examples.support.Terminal;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sample end to end in one process: a worker and a starter, on an embedded Temporal server
 * unless {@code TEMPORAL_ADDRESS} is set, with a scripted offline model unless {@code
 * OPENAI_API_KEY} is set. Also starts a standalone development server for multi-process runs.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java -Dexec.args="basic/HelloWorld"
 * mvn -q -pl examples -am compile exec:java -Dexec.args="--list"
 * mvn -q -pl examples -am compile exec:java -Dexec.args="server"
 * </pre>
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    int status = run(args, System.getenv(), Terminal.system());
    System.exit(status);
  }

  /**
   * Runs the launcher with these environment variables and this terminal; returns the process exit
   * status.
   *
   * @param env where {@code OPENAI_API_KEY} and {@code TEMPORAL_ADDRESS} are read from
   * @param terminal where interactive samples read lines; an empty one plays their demo
   */
  static int run(String[] args, Map<String, String> env, Terminal terminal) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println("usage: <folder>/<Sample> [args...]   run a sample (--list shows them)");
      System.out.println("       --list                        list the samples");
      System.out.println(
          "       server [--port 7233]          start a standalone Temporal dev server");
      return args.length == 0 ? 2 : 0;
    }
    if (args[0].equals("--list")) {
      for (Sample sample : Samples.all()) {
        System.out.printf("%-36s %s%n", sample.name(), sample.description());
      }
      return 0;
    }
    if (args[0].equals("server")) {
      return server(Arrays.asList(args).subList(1, args.length));
    }
    Sample sample = Samples.find(args[0]);
    if (sample == null) {
      System.err.println("No sample named " + args[0] + "; run with --list to see them.");
      return 2;
    }
    List<String> sampleArgs = Arrays.asList(args).subList(1, args.length);
    Models.Choice model = sample.model(sampleArgs, env);
    System.out.println(model.description());
    try (Temporal temporal = Temporal.connect(env)) {
      System.out.println("Temporal: " + temporal.describe());
      WorkflowClient client = temporal.client(sample.plugin(model));
      WorkerFactory factory = WorkerFactory.newInstance(client);
      Worker worker = factory.newWorker(sample.taskQueue(), workerOptions(temporal));
      sample.register(worker);
      factory.start();
      String workflowId = sample.workflowId(sampleArgs);
      try {
        String result = sample.run(client, workflowId, sampleArgs, terminal);
        System.out.println();
        System.out.println("Result:");
        System.out.println(result);
        System.out.println();
        System.out.println("Run " + workflowId + ", each step an activity in its history:");
        RunReport.lines(client, workflowId).forEach(System.out::println);
      } finally {
        factory.shutdownNow();
      }
    }
    return 0;
  }

  /**
   * On a server that outlives this process, workflows (a conversation) go on after it exits, with
   * the next worker: see {@link Temporal#nonStickyWorkerOptions()}.
   */
  private static WorkerOptions workerOptions(Temporal temporal) {
    return temporal.isEmbedded()
        ? WorkerOptions.getDefaultInstance()
        : Temporal.nonStickyWorkerOptions();
  }

  /** Starts a standalone dev server and serves until the process is stopped. */
  private static int server(List<String> args) {
    int port = DevServer.DEFAULT_PORT;
    if (args.size() == 2 && args.get(0).equals("--port")) {
      port = Integer.parseInt(args.get(1));
    } else if (!args.isEmpty()) {
      System.err.println("usage: server [--port <port>]");
      return 2;
    }
    DevServer server = DevServer.start(port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    System.out.println("Temporal dev server (Temporal's Java test server) at " + server.address());
    System.out.println("Workflows live until this process stops; Ctrl-C to stop it.");
    System.out.println(
        "It survives workers that stop gracefully, not workers killed with SIGKILL: to see crash"
            + " recovery, use `temporal server start-dev` (examples/README.md).");
    System.out.println("In other terminals, with TEMPORAL_ADDRESS=" + server.address() + ":");
    System.out.println("  run a sample:    the launcher, e.g. basic/Tools");
    System.out.println("  or split it:     a folder's worker (e.g. BasicWorker) and a starter");
    System.out.println(
        "  resume a chat:   customer_service/CustomerService --conversation-id <id>");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
