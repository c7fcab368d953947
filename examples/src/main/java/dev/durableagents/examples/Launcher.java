package dev.durableagents.examples;

import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.RunReport;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.Samples;
import dev.durableagents.examples.support.Temporal;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs a sample end to end in one process: a worker and a starter, on an embedded Temporal server
 * unless {@code TEMPORAL_ADDRESS} is set, with a scripted offline model unless {@code
 * OPENAI_API_KEY} is set.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java -Dexec.args="basic/HelloWorld"
 * mvn -q -pl examples -am compile exec:java -Dexec.args="--list"
 * </pre>
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    int status = run(args, System.getenv());
    System.exit(status);
  }

  /**
   * Runs the launcher with these environment variables; returns the process exit status.
   *
   * @param env where {@code OPENAI_API_KEY} and {@code TEMPORAL_ADDRESS} are read from
   */
  static int run(String[] args, Map<String, String> env) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println("usage: <folder>/<Sample> [args...]   run a sample");
      System.out.println("       --list                        list the samples");
      return args.length == 0 ? 2 : 0;
    }
    if (args[0].equals("--list")) {
      for (Sample sample : Samples.all()) {
        System.out.printf("%-36s %s%n", sample.name(), sample.description());
      }
      return 0;
    }
    Sample sample = Samples.find(args[0]);
    if (sample == null) {
      System.err.println("No sample named " + args[0] + "; run with --list to see them.");
      return 2;
    }
    List<String> sampleArgs = Arrays.asList(args).subList(1, args.length);
    Models.Choice model = Models.fromEnvironment(sample.offlineScript(sampleArgs), env);
    System.out.println(model.description());
    try (Temporal temporal = Temporal.connect(env)) {
      System.out.println("Temporal: " + temporal.describe());
      WorkflowClient client = temporal.client(Models.plugin(model));
      WorkerFactory factory = WorkerFactory.newInstance(client);
      Worker worker = factory.newWorker(sample.taskQueue());
      sample.register(worker);
      factory.start();
      String workflowId = sample.name().replace('/', '-') + "-" + System.currentTimeMillis();
      try {
        String result = sample.run(client, workflowId, sampleArgs);
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
}
