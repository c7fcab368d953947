package dev.durableagents.bench;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.storage.ExternalStorage;
import dev.durableagents.runtime.storage.FileSystemStorageDriver;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TerminatedFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark 3 on the real Temporal server ({@code TEMPORAL_ADDRESS}, {@code bench/run
 * history-real}): a conversation of T turns of 10 KB messages in each variant, with the server's
 * real limits; a variant the server (or the library, before it) stops is reported with the turn and
 * the error. Then the time per turn of the new default against the whole-conversation mode at 10
 * turns, interleaved.
 */
public final class RealServerHistoryBench {

  /** How the conversation is kept. */
  public enum Variant {
    /** The default: conversation references (the model activity input holds what is new). */
    REFERENCES(ChatWorkflow.Mode.REFERENCES),
    /** The whole conversation in every model activity input, with the library's limits. */
    FULL_HISTORY(ChatWorkflow.Mode.FULL_HISTORY),
    /** The same with the library's payload and history checks off: the server's own limits. */
    FULL_HISTORY_UNGUARDED(ChatWorkflow.Mode.FULL_HISTORY),
    /** Only the new message, continuing the model's stored response (Responses API). */
    PREVIOUS_RESPONSE_ID(ChatWorkflow.Mode.PREVIOUS_RESPONSE_ID),
    /** The whole conversation in every input, payloads over 256 KiB in a file-system store. */
    EXTERNAL_STORAGE(ChatWorkflow.Mode.FULL_HISTORY);

    final ChatWorkflow.Mode mode;

    Variant(ChatWorkflow.Mode mode) {
      this.mode = mode;
    }
  }

  /**
   * One conversation.
   *
   * @param turnsDone turns completed (fewer than asked when stopped)
   * @param stop how the run ended when it did not complete, else {@code null}
   * @param storeBytes bytes written to the external store, 0 without one
   */
  public record Result(
      Variant variant,
      int turns,
      int turnsDone,
      String stop,
      long historyBytes,
      int events,
      long largestEvent,
      long storeBytes,
      double millisPerTurn) {}

  private RealServerHistoryBench() {}

  /** A plugin for {@code variant}; {@code store} is the directory of the external store. */
  static DurableAgentsPlugin plugin(ScriptedModel model, Variant variant, Path store) {
    DurableAgentsPlugin.Builder b = DurableAgentsPlugin.newBuilder().setModelProvider(model);
    if (variant == Variant.FULL_HISTORY_UNGUARDED) {
      b.setPayloadSizeLimit(0).setHistoryLimits(Long.MAX_VALUE, Long.MAX_VALUE);
    }
    if (variant == Variant.EXTERNAL_STORAGE) {
      b.setExternalStorage(
          ExternalStorage.newBuilder().addDriver(new FileSystemStorageDriver(store)).build());
    }
    return b.build();
  }

  /** Runs one conversation on the server at {@code address}. */
  public static Result measure(
      String address, ScriptedModel model, Variant variant, int turns, int messageChars) {
    Path store = tempDir();
    try (BenchEnvironment env = BenchEnvironment.onServer(address, plugin(model, variant, store))) {
      WorkflowClient client = env.client();
      String id = "history-real-" + variant + "-" + turns + "-" + System.nanoTime();
      WorkflowStub stub =
          client.newUntypedWorkflowStub("ChatWorkflow", BenchEnvironment.options(id));
      long start = System.nanoTime();
      stub.start(new ChatWorkflow.Input(turns, messageChars, variant.mode, 0, 0, List.of(), null));
      String stop = null;
      try {
        stub.getResult(Integer.class);
      } catch (WorkflowFailedException e) {
        stop = describe(e);
      }
      double millis = (System.nanoTime() - start) / 1e6;
      History history = client.fetchHistory(id).getHistory();
      int done = completedModelCalls(history);
      long largestEvent =
          history.getEventsList().stream()
              .mapToLong(HistoryEvent::getSerializedSize)
              .max()
              .orElse(0);
      return new Result(
          variant,
          turns,
          done,
          stop,
          history.getSerializedSize(),
          history.getEventsCount(),
          largestEvent,
          size(store),
          millis / Math.max(1, done));
    } finally {
      delete(store);
    }
  }

  /** Median milliseconds per turn of 10-turn conversations, variants interleaved. */
  public static double[] perTurnMillis(
      String address, ScriptedModel model, int reps, int turns, int messageChars) {
    Variant[] variants = {Variant.REFERENCES, Variant.FULL_HISTORY};
    List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
    for (int rep = -2; rep < reps; rep++) { // two warm-up rounds
      for (int i = 0; i < variants.length; i++) {
        int v = (i + Math.max(rep, 0)) % variants.length;
        Result r = measure(address, model, variants[v], turns, messageChars);
        if (rep >= 0) {
          times.get(v).add(r.millisPerTurn());
        }
      }
    }
    return new double[] {Stats.median(times.get(0)), Stats.median(times.get(1))};
  }

  private static int completedModelCalls(History history) {
    int n = 0;
    for (HistoryEvent e : history.getEventsList()) {
      if (e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
        n++;
      }
    }
    return n;
  }

  private static String describe(WorkflowFailedException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ApplicationFailure a) {
      String message = a.getOriginalMessage();
      return a.getType()
          + ": "
          + (message.length() > 120 ? message.substring(0, 120) + "..." : message);
    }
    if (cause instanceof TerminatedFailure t) {
      return "terminated by the server: " + t.getOriginalMessage();
    }
    return String.valueOf(cause);
  }

  /** Prints the results and the per-turn times as markdown. */
  public static void print(
      PrintStream out, List<Result> results, int messageChars, double[] perTurn) {
    out.println();
    out.println(
        "### 3. History growth on the real Temporal server: turns of "
            + messageChars
            + "-character messages");
    out.println();
    out.println(
        "| variant | turns asked | turns done | stopped by | history bytes | history /"
            + " conversation | events | largest event bytes | store bytes | ms per turn |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      double conversation = 2.0 * r.turnsDone() * messageChars;
      out.println(
          "| "
              + r.variant()
              + " | "
              + r.turns()
              + " | "
              + r.turnsDone()
              + " | "
              + (r.stop() == null ? "-" : r.stop().replace('|', '/'))
              + " | "
              + r.historyBytes()
              + " | "
              + Stats.f(r.historyBytes() / Math.max(1, conversation), 2)
              + " | "
              + r.events()
              + " | "
              + r.largestEvent()
              + " | "
              + r.storeBytes()
              + " | "
              + Stats.f(r.millisPerTurn(), 1)
              + " |");
    }
    if (perTurn != null) {
      out.println();
      out.println(
          "Time per turn at 10 turns, median of interleaved runs: REFERENCES "
              + Stats.f(perTurn[0], 2)
              + " ms, FULL_HISTORY "
              + Stats.f(perTurn[1], 2)
              + " ms; REFERENCES / FULL_HISTORY = "
              + Stats.f(perTurn[0] / perTurn[1], 3));
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("bench-store-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
