package dev.durableagents.integration.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Worker JVMs of the crash tests: a main class run with this JVM's class path and small-worker
 * flags, and killed with SIGKILL, as a crash or the OOM killer would.
 */
public final class WorkerJvm {

  private WorkerJvm() {}

  /** The command that runs {@code mainClass} with {@code arguments} in a JVM of its own. */
  static List<String> command(String mainClass, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-cp",
            System.getProperty("java.class.path"),
            mainClass));
    command.addAll(arguments);
    return command;
  }

  /**
   * Starts {@code mainClass} and returns once it printed the line {@code ready} (its worker polls);
   * its later output is read and dropped.
   */
  public static Process startWhenReady(Class<?> mainClass, String... arguments) throws IOException {
    Process process =
        new ProcessBuilder(command(mainClass.getName(), List.of(arguments)))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.equals("ready")) {
      // the worker's log, until it polls
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                out.transferTo(Writer.nullWriter());
              } catch (IOException e) {
                // the process died
              }
            });
    drain.setDaemon(true);
    drain.start();
    return process;
  }

  /**
   * SIGKILL (no shutdown hook, no last heartbeat, no graceful close), then the processes it
   * started, so that none lingers; waits until it is gone.
   */
  public static void kill(Process process) throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
