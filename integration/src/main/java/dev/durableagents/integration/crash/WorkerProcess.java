package dev.durableagents.integration.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A worker of the scenario in a JVM of its own ({@code ScenarioWorker}), started with this JVM's
 * class path; {@link #kill()} sends it SIGKILL, as a crash or the OOM killer would.
 */
final class WorkerProcess {

  private final Process process;
  private volatile boolean ready;

  private WorkerProcess(Process process) {
    this.process = process;
  }

  /**
   * Starts {@code ScenarioWorker} with these arguments; its output goes to {@code output}.
   *
   * @param arguments address, task queue, model base URL, side-effect log, tool delay
   */
  static WorkerProcess start(List<String> arguments, Path output) {
    List<String> command =
        WorkerJvm.command("dev.durableagents.integration.scenario.ScenarioWorker", arguments);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker process", e);
    }
    WorkerProcess worker = new WorkerProcess(process);
    Thread pump = new Thread(() -> worker.pump(output), "worker-output-" + process.pid());
    pump.setDaemon(true);
    pump.start();
    return worker;
  }

  /** Whether it has started polling (it printed {@code worker ready}) and is alive. */
  boolean isReady() {
    return ready && process.isAlive();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void pump(Path output) {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out =
            Files.newBufferedWriter(output, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("worker ready")) {
          ready = true;
        }
        out.write(line);
        out.write('\n');
        out.flush();
      }
    } catch (IOException ignored) {
      // The process was killed: its output ends here.
    }
  }
}
