package dev.durableagents.processor.model;

import java.time.Duration;

/**
 * The activity options of a tool's calls, parsed from {@code @FunctionTool} at compile time.
 *
 * @param startToClose the start-to-close timeout, or {@code null}
 * @param scheduleToClose the schedule-to-close timeout, or {@code null}
 * @param heartbeat the heartbeat timeout, or {@code null}
 * @param maximumAttempts the most attempts, 0 for Temporal's default
 * @param taskQueue the task queue, or {@code null}
 * @param local whether calls run as local activities
 * @param failRunOnError whether a call that finally fails fails the run
 * @param approval how every call waits for a person's approval, or {@code null} when none does
 * @param controls its failure message and when it is enabled
 */
public record ToolOptionsModel(
    Duration startToClose,
    Duration scheduleToClose,
    Duration heartbeat,
    int maximumAttempts,
    String taskQueue,
    boolean local,
    boolean failRunOnError,
    ApprovalModel approval,
    ToolControlsModel controls) {

  /** The start-to-close timeout used when no timeout is set. */
  public static final Duration DEFAULT_START_TO_CLOSE = Duration.ofSeconds(60);
}
