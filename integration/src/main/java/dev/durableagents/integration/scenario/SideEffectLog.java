package dev.durableagents.integration.scenario;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file where a worker process writes a line when an activity of the scenario starts and when it
 * ends: {@code start|end <workflow id> <activity id> <attempt> <activity type>}. Each line is one
 * append, so a process killed at any moment leaves whole lines; each worker process has a file of
 * its own.
 */
public final class SideEffectLog implements AutoCloseable {

  private final FileChannel channel;

  /** Appends to {@code file}, creating it. */
  public SideEffectLog(Path file) {
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records that the current activity starts. */
  public void start() {
    write("start");
  }

  /** Records that the current activity ends, its effect done. */
  public void end() {
    write("end");
  }

  private void write(String phase) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    String line =
        phase
            + " "
            + info.getWorkflowId()
            + " "
            + info.getActivityId()
            + " "
            + info.getAttempt()
            + " "
            + info.getActivityType()
            + "\n";
    try {
      synchronized (channel) {
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
