package dev.durableagents.bench;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 3, history growth: a conversation of T turns (a user message and an answer of {@code
 * messageChars} characters each) in each {@link ChatWorkflow.Mode}; the history of every run of the
 * chain is fetched and measured.
 */
public final class HistoryBench {

  /** Temporal's default limits (self-hosted and Cloud): history bytes, events, payload bytes. */
  static final long HISTORY_LIMIT_BYTES = 50L * 1024 * 1024;

  static final long EVENT_LIMIT = 51_200;
  static final long PAYLOAD_LIMIT_BYTES = 2L * 1024 * 1024;

  /**
   * One conversation's histories.
   *
   * @param mode the mode
   * @param turns the turns run
   * @param runs the runs of the chain (more than one after continue-as-new)
   * @param totalBytes the history bytes of all runs together
   * @param largestRunBytes the largest single run's history bytes (what the 50 MB limit applies to)
   * @param largestRunEvents the largest single run's event count
   * @param largestPayload the largest single payload in any run
   * @param modelActivities model activities over all runs
   */
  public record Result(
      ChatWorkflow.Mode mode,
      int turns,
      int runs,
      long totalBytes,
      long largestRunBytes,
      int largestRunEvents,
      long largestPayload,
      int modelActivities) {}

  private HistoryBench() {}

  /** Runs one conversation and measures its histories. */
  public static Result measure(
      BenchEnvironment env, ChatWorkflow.Mode mode, int turns, int messageChars, int canEvery) {
    WorkflowClient client = env.client();
    String id = "history-" + mode + "-" + turns;
    WorkflowStub stub = client.newUntypedWorkflowStub("ChatWorkflow", BenchEnvironment.options(id));
    WorkflowExecution execution =
        stub.start(new ChatWorkflow.Input(turns, messageChars, mode, canEvery, 0, List.of(), null));
    int done = stub.getResult(Integer.class);
    if (done != turns) {
      throw new IllegalStateException("ran " + done + " turns, not " + turns);
    }
    String runId = execution.getRunId();
    int runs = 0;
    long total = 0;
    long largestRun = 0;
    int largestEvents = 0;
    long largestPayload = 0;
    int activities = 0;
    while (runId != null) {
      HistoryStats stats = HistoryStats.of(client, id, runId);
      runs++;
      total += stats.bytes();
      largestRun = Math.max(largestRun, stats.bytes());
      largestEvents = Math.max(largestEvents, stats.events());
      largestPayload = Math.max(largestPayload, stats.largestPayload());
      activities += stats.activities() + stats.markers();
      runId = stats.continuedAsNewRunId();
    }
    return new Result(
        mode, turns, runs, total, largestRun, largestEvents, largestPayload, activities);
  }

  /**
   * The turn at which {@code value} reaches {@code limit}, extrapolated from the measurements
   * (turns, value): through the last three points with a quadratic when the growth is quadratic,
   * else along the line through the last two; {@code -1} when it does not grow.
   */
  static double turnAtLimit(List<double[]> points, double limit) {
    int n = points.size();
    if (n < 2) {
      return -1;
    }
    if (isFlat(points)) {
      return -1;
    }
    double[] p1 = points.get(n - 2);
    double[] p2 = points.get(n - 1);
    double b = (p2[1] - p1[1]) / (p2[0] - p1[0]);
    if (n >= 3 && slopeRatio(points.get(0), p1, p2) > QUADRATIC) {
      double[] p0 = points.get(n - 3);
      // The quadratic through three points (Lagrange form, expanded).
      double x0 = p0[0], y0 = p0[1], x1 = p1[0], y1 = p1[1], x2 = p2[0], y2 = p2[1];
      double d0 = (x0 - x1) * (x0 - x2);
      double d1 = (x1 - x0) * (x1 - x2);
      double d2 = (x2 - x0) * (x2 - x1);
      double a = y0 / d0 + y1 / d1 + y2 / d2;
      double bq = -(y0 * (x1 + x2) / d0 + y1 * (x0 + x2) / d1 + y2 * (x0 + x1) / d2);
      double c = y0 * x1 * x2 / d0 + y1 * x0 * x2 / d1 + y2 * x0 * x1 / d2;
      double disc = bq * bq - 4 * a * (c - limit);
      return disc < 0 ? -1 : (-bq + Math.sqrt(disc)) / (2 * a);
    }
    if (b <= 0) {
      return -1;
    }
    return p2[0] + (limit - p2[1]) / b;
  }

  /**
   * Whether the value grows by less than 1% over the measured turns (a response id's digits, say),
   * which no extrapolation should turn into a limit.
   */
  static boolean isFlat(List<double[]> points) {
    double first = points.get(0)[1];
    double last = points.get(points.size() - 1)[1];
    return last - first <= 0.01 * Math.abs(first);
  }

  /** Above this ratio of the later slope to the earlier one, growth counts as quadratic. */
  static final double QUADRATIC = 1.3;

  /** The slope from p1 to p2 over the slope from p0 to p1. */
  static double slopeRatio(double[] p0, double[] p1, double[] p2) {
    double slope1 = (p1[1] - p0[1]) / (p1[0] - p0[0]);
    double slope2 = (p2[1] - p1[1]) / (p2[0] - p1[0]);
    if (slope1 <= 0) {
      return slope2 <= 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return slope2 / slope1;
  }

  /** The curve's shape: the slope of the last step against the slope of the first. */
  static String shape(List<Result> results, java.util.function.ToLongFunction<Result> value) {
    if (results.size() < 3) {
      return "n/a";
    }
    Result r0 = results.get(0);
    Result r1 = results.get(results.size() - 2);
    Result r2 = results.get(results.size() - 1);
    double[] p0 = {r0.turns(), value.applyAsLong(r0)};
    double[] p1 = {r1.turns(), value.applyAsLong(r1)};
    double[] p2 = {r2.turns(), value.applyAsLong(r2)};
    if (isFlat(List.of(p0, p1, p2))) {
      return "flat";
    }
    double ratio = slopeRatio(p0, p1, p2);
    // A quadratic's slope grows with the turn (x2.5 from 10-50 to 50-100); a line's stays.
    return (ratio > QUADRATIC ? "quadratic" : "linear") + " (slope x" + Stats.f(ratio, 2) + ")";
  }

  /** Prints the results of each mode as markdown tables. */
  public static void print(PrintStream out, List<Result> results, int messageChars, int canEvery) {
    out.println();
    out.println(
        "### 3. History growth: conversation turns of "
            + messageChars
            + "-character messages (continue-as-new every "
            + canEvery
            + " turns)");
    out.println();
    out.println(
        "| mode | turns | runs | history bytes, all runs | history / conversation | largest run's"
            + " bytes | largest run's events | largest payload bytes | model activities |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      out.println(
          "| "
              + r.mode()
              + " | "
              + r.turns()
              + " | "
              + r.runs()
              + " | "
              + r.totalBytes()
              + " | "
              + Stats.f(r.totalBytes() / conversationBytes(r, messageChars), 2)
              + " | "
              + r.largestRunBytes()
              + " | "
              + r.largestRunEvents()
              + " | "
              + r.largestPayload()
              + " | "
              + r.modelActivities()
              + " |");
    }
    out.println();
    out.println(
        "| mode | shape of the largest run's bytes | shape of the largest payload | turns to 50 MB"
            + " history | turns to 51,200 events | turns to 2 MB payload |");
    out.println("|---|---|---|---|---|---|");
    for (ChatWorkflow.Mode mode : ChatWorkflow.Mode.values()) {
      List<Result> of = new ArrayList<>();
      for (Result r : results) {
        if (r.mode() == mode) {
          of.add(r);
        }
      }
      if (of.isEmpty()) {
        continue;
      }
      List<double[]> bytes = new ArrayList<>();
      List<double[]> events = new ArrayList<>();
      List<double[]> payload = new ArrayList<>();
      for (Result r : of) {
        bytes.add(new double[] {r.turns(), r.largestRunBytes()});
        events.add(new double[] {r.turns(), r.largestRunEvents()});
        payload.add(new double[] {r.turns(), r.largestPayload()});
      }
      out.println(
          "| "
              + mode
              + " | "
              + shape(of, Result::largestRunBytes)
              + " | "
              + shape(of, Result::largestPayload)
              + " | "
              + turns(turnAtLimit(bytes, HISTORY_LIMIT_BYTES))
              + " | "
              + turns(turnAtLimit(events, EVENT_LIMIT))
              + " | "
              + turns(turnAtLimit(payload, PAYLOAD_LIMIT_BYTES))
              + " |");
    }
  }

  /** The characters of the conversation itself: a question and an answer per turn. */
  static double conversationBytes(Result r, int messageChars) {
    return 2.0 * r.turns() * messageChars;
  }

  private static String turns(double t) {
    return t < 0 ? "never" : "~" + Stats.f(t, 0);
  }
}
