package dev.durableagents.integration.crash;

import dev.durableagents.integration.scenario.ScenarioModel;
import dev.durableagents.runtime.ConversationCache;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A long conversation on the real Temporal server with default settings (Chat Completions, no
 * server-side state), while the worker processes that serve it are killed with SIGKILL and
 * replaced: every turn must still reach the model whole, and the history must stay linear.
 *
 * <pre>
 * integration/run conversation --turns 1000 --workers 2 --kills 10
 * </pre>
 */
public final class ConversationCrash {

  /**
   * @param turns turns of the conversation
   * @param messageChars the length of each message (the model answers as long)
   * @param workers worker processes
   * @param kills kills to make while the conversation runs
   * @param killEvery time between kills
   */
  public record Options(
      int turns,
      int messageChars,
      int workers,
      int kills,
      Duration killEvery,
      long seed,
      Path directory) {}

  /**
   * What the conversation's history holds.
   *
   * @param stop how it failed, or {@code null}
   * @param cacheMisses model attempts that failed as conversation cache misses
   * @param wholeResends model activities whose input held the whole conversation after a miss
   */
  public record Report(
      int turns,
      int turnsDone,
      String stop,
      int kills,
      long historyBytes,
      long conversationBytes,
      int events,
      long largestEvent,
      int cacheMisses,
      int wholeResends,
      Duration wallTime) {

    /** The figures as a markdown table. */
    public String toMarkdown() {
      return "| measure | value |\n|---|---|\n"
          + "| turns asked / done | "
          + turns
          + " / "
          + turnsDone
          + " |\n"
          + "| stopped by | "
          + (stop == null ? "-" : stop)
          + " |\n"
          + "| worker kills (SIGKILL) | "
          + kills
          + " |\n"
          + "| conversation bytes (messages and answers) | "
          + conversationBytes
          + " |\n"
          + "| history bytes (x conversation) | "
          + historyBytes
          + " ("
          + String.format("%.2f", historyBytes / (double) Math.max(1, conversationBytes))
          + ") |\n"
          + "| history events | "
          + events
          + " |\n"
          + "| largest event bytes | "
          + largestEvent
          + " |\n"
          + "| model attempts failed as cache misses | "
          + cacheMisses
          + " |\n"
          + "| whole-conversation resends in history | "
          + wholeResends
          + " |\n"
          + "| wall time | "
          + wallTime.toSeconds()
          + " s |\n";
    }
  }

  private static final String TASK_QUEUE = "conversation-crash";

  private ConversationCrash() {}

  public static void main(String[] args) throws Exception {
    int turns = 1000;
    int chars = 10 * 1024;
    int workers = 2;
    int kills = 10;
    long every = 5000;
    long seed = 1;
    Path dir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--turns" -> turns = Integer.parseInt(args[i + 1]);
        case "--message-chars" -> chars = Integer.parseInt(args[i + 1]);
        case "--workers" -> workers = Integer.parseInt(args[i + 1]);
        case "--kills" -> kills = Integer.parseInt(args[i + 1]);
        case "--kill-every-ms" -> every = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      dir = Files.createTempDirectory("conversation-crash-");
    }
    System.out.printf(
        "Conversation: %d turns of %d characters, %d workers, %d kills every %d ms, in %s%n",
        turns, chars, workers, kills, every, dir);
    Report report =
        run(new Options(turns, chars, workers, kills, Duration.ofMillis(every), seed, dir));
    System.out.println();
    System.out.println(report.toMarkdown());
    System.exit(report.stop() == null && report.turnsDone() == turns ? 0 : 1);
  }

  /** Runs the conversation and measures its history. */
  public static Report run(Options o) throws IOException, InterruptedException {
    Files.createDirectories(o.directory());
    Random random = new Random(o.seed());
    long started = System.nanoTime();
    try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
      // Each request carries the whole conversation: 1,000 turns would not fit in memory.
      stub.recordRequests(false);
      stub.respondWith(OpenAIStubServer.CHAT_COMPLETIONS_PATH, ScenarioModel::reply);
      try (WorkerFleet fleet = new WorkerFleet(o.directory(), TASK_QUEUE, stub, o.workers(), 0)) {
        return converse(o, fleet, random, started);
      }
    }
  }

  private static Report converse(Options o, WorkerFleet fleet, Random random, long started)
      throws InterruptedException {
    WorkflowClient client = fleet.client();
    String id = "conversation-" + o.seed();
    WorkflowStub chat =
        client.newUntypedWorkflowStub(
            "ChatWorkflow",
            WorkflowOptions.newBuilder().setTaskQueue(TASK_QUEUE).setWorkflowId(id).build());
    chat.start(o.turns(), o.messageChars());
    int kills = 0;
    String stop = null;
    while (true) {
      try {
        chat.getResult(o.killEvery().toMillis(), TimeUnit.MILLISECONDS, Integer.class);
        break;
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        if (kills < o.kills() && fleet.killOne(random)) {
          kills++;
        }
      } catch (WorkflowFailedException e) {
        stop = String.valueOf(e.getCause());
        break;
      } catch (io.temporal.client.WorkflowServiceException busy) {
        // The server answers a long poll of a busy workflow with RESOURCE_EXHAUSTED: ask again.
        Thread.sleep(200);
      }
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - started);
    fleet.stopWorkers();
    History history = client.fetchHistory(id).getHistory();
    return measure(o, history, stop, kills, wall);
  }

  private static Report measure(Options o, History history, String stop, int kills, Duration wall) {
    long largest = 0;
    int misses = 0;
    int whole = 0;
    int done = 0;
    boolean first = true;
    for (HistoryEvent e : history.getEventsList()) {
      largest = Math.max(largest, e.getSerializedSize());
      if (e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED
          && ConversationCache.MISS_FAILURE_TYPE.equals(
              e.getActivityTaskFailedEventAttributes()
                  .getFailure()
                  .getApplicationFailureInfo()
                  .getType())) {
        misses++;
      } else if (e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        long size = e.getActivityTaskScheduledEventAttributes().getInput().getSerializedSize();
        if (!first && size > 4L * o.messageChars()) {
          whole++;
        }
        first = false;
      } else if (e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
        done++;
      }
    }
    return new Report(
        o.turns(),
        done,
        stop,
        kills,
        history.getSerializedSize(),
        2L * done * o.messageChars(),
        history.getEventsCount(),
        largest,
        misses,
        whole,
        wall);
  }
}
