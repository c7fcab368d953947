package dev.durableagents.integration.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one crash-recovery batch, from the runs' results, their workflow histories, the
 * workers' side-effect logs and the model stub's requests.
 *
 * @param failures one line per run that failed or returned a wrong forecast
 * @param repeatsInFlight executions of an activity that came after an attempt killed before it
 *     ended (at-least-once: the effect of the killed attempt may or may not have happened)
 * @param repeatsAfterEnd executions after an attempt whose effect had ended but whose completion
 *     never reached the server (the worker died between the two)
 * @param attemptsNeverRun attempts the server handed out that never ran (the task went to the poll
 *     of a worker that was killed, or was lost with a server restart), retried after their timeout
 * @param ranAgainAfterCompletion executions that history does not account for: a completed activity
 *     run again (by a replay, say); must be 0
 */
public record CrashReport(
    int runs,
    int correct,
    List<String> failures,
    int workers,
    int kills,
    int serverRestarts,
    int activities,
    int modelActivities,
    int toolActivities,
    int completedMoreThanOnce,
    int notCompleted,
    int cacheMisses,
    int failedActivities,
    int retriedActivities,
    int attemptsNeverRun,
    int executions,
    int repeatsInFlight,
    int repeatsAfterEnd,
    int modelRepeats,
    int toolRepeats,
    int ranAgainAfterCompletion,
    int modelRequests,
    int distinctModelRequests,
    int workflowTaskFailures,
    int nondeterminismFailures,
    int workflowTaskTimeouts,
    long historyEvents,
    long historyBytes,
    Duration wallTime) {

  static CrashReport of(
      int runs,
      List<String> failures,
      int workers,
      int kills,
      int serverRestarts,
      List<RunHistory> histories,
      SideEffects effects,
      int modelRequests,
      int distinctModelRequests,
      Duration wallTime) {
    int activities = 0;
    int model = 0;
    int more = 0;
    int none = 0;
    int misses = 0;
    int failed = 0;
    int retried = 0;
    int taskFailures = 0;
    int nondeterminism = 0;
    int taskTimeouts = 0;
    long events = 0;
    long bytes = 0;
    Set<String> known = new HashSet<>();
    java.util.Map<String, Integer> finalAttempts = new java.util.HashMap<>();
    for (RunHistory h : histories) {
      activities += h.scheduled();
      model += (int) h.activityTypes().values().stream().filter("InvokeModel"::equals).count();
      more += h.completedMoreThanOnce();
      none += h.notCompleted();
      misses += h.cacheMisses();
      failed += h.failed();
      retried += h.retried();
      taskFailures += h.workflowTaskFailures();
      nondeterminism += h.nondeterminismFailures();
      taskTimeouts += h.workflowTaskTimeouts();
      events += h.events();
      bytes += h.bytes();
      for (Map.Entry<String, String> a : h.activityTypes().entrySet()) {
        String key = h.workflowId() + " " + a.getKey();
        known.add(key);
        finalAttempts.put(key, h.finalAttempts().getOrDefault(a.getKey(), 0));
      }
    }
    int executions = 0;
    int inFlight = 0;
    int afterEnd = 0;
    int modelRepeats = 0;
    int toolRepeats = 0;
    int ranAgain = 0;
    int neverRun = 0;
    for (Map.Entry<String, Integer> a : finalAttempts.entrySet()) {
      List<SideEffects.Execution> list = effects.byActivity().getOrDefault(a.getKey(), List.of());
      neverRun += Math.max(0, a.getValue() - list.size());
    }
    for (Map.Entry<String, List<SideEffects.Execution>> e : effects.byActivity().entrySet()) {
      List<SideEffects.Execution> list = new ArrayList<>(e.getValue());
      list.sort(java.util.Comparator.comparingInt(SideEffects.Execution::attempt));
      executions += list.size();
      Set<Integer> attempts = new HashSet<>();
      int last = finalAttempts.getOrDefault(e.getKey(), -1);
      for (int i = 0; i < list.size(); i++) {
        SideEffects.Execution x = list.get(i);
        if (!known.contains(e.getKey()) || !attempts.add(x.attempt()) || x.attempt() > last) {
          ranAgain++;
        }
        if (i > 0) {
          if (list.get(i - 1).ended()) {
            afterEnd++;
          } else {
            inFlight++;
          }
          if ("InvokeModel".equals(effects.type(e.getKey()))) {
            modelRepeats++;
          } else {
            toolRepeats++;
          }
        }
      }
    }
    return new CrashReport(
        runs,
        runs - failures.size(),
        List.copyOf(failures),
        workers,
        kills,
        serverRestarts,
        activities,
        model,
        activities - model,
        more,
        none,
        misses,
        failed,
        retried,
        neverRun,
        executions,
        inFlight,
        afterEnd,
        modelRepeats,
        toolRepeats,
        ranAgain,
        modelRequests,
        distinctModelRequests,
        taskFailures,
        nondeterminism,
        taskTimeouts,
        events,
        bytes,
        wallTime);
  }

  /** The figures as a markdown table, for RELIABILITY.md. */
  public String toMarkdown() {
    StringBuilder s = new StringBuilder();
    s.append("| measure | value |\n|---|---|\n");
    row(s, "runs (concurrent)", runs);
    row(s, "runs completed with the right output", correct);
    row(s, "runs failed or wrong", failures.size());
    row(s, "worker processes (JVMs)", workers);
    row(s, "worker kills (SIGKILL)", kills);
    row(s, "dev server restarts (same database file)", serverRestarts);
    row(
        s,
        "activities in the histories (model + tool)",
        activities + " (" + modelActivities + " + " + toolActivities + ")");
    row(s, "activities completed more than once", completedMoreThanOnce);
    row(s, "activities never completed (nor failed)", notCompleted);
    row(s, "model calls failed as conversation-cache misses (then sent whole)", cacheMisses);
    row(s, "activities failed otherwise", failedActivities);
    row(s, "activities completed by a retry (attempt > 1)", retriedActivities);
    row(s, "attempts handed to a killed worker, never run, retried", attemptsNeverRun);
    row(s, "executions of activity code (side effects)", executions);
    row(s, "repeated executions: attempt killed in flight (at-least-once)", repeatsInFlight);
    row(s, "repeated executions: effect done, completion lost with the worker", repeatsAfterEnd);
    row(s, "repeated executions of model calls / of tools", modelRepeats + " / " + toolRepeats);
    row(
        s,
        "completed activities run again (replay or duplicate delivery)",
        ranAgainAfterCompletion);
    row(
        s,
        "model requests at the stub (distinct bodies)",
        modelRequests + " (" + distinctModelRequests + ")");
    row(
        s,
        "workflow task failures (of which nondeterminism)",
        workflowTaskFailures + " (" + nondeterminismFailures + ")");
    row(s, "workflow task timeouts (tasks held by a killed worker)", workflowTaskTimeouts);
    row(s, "history events / bytes, all runs", historyEvents + " / " + historyBytes);
    row(s, "wall time", wallTime.toSeconds() + " s");
    for (String failure : failures) {
      s.append("\nfailed: ").append(failure);
    }
    return s.toString();
  }

  private static void row(StringBuilder s, String name, Object value) {
    s.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }
}
