package dev.durableagents.runtime;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.common.Priority;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * Activity options for every model call, the counterpart of the Python integration's {@code
 * ModelActivityParameters}. Set them on the {@link DurableAgentsPlugin}.
 *
 * <pre>{@code
 * ModelActivityOptions options = ModelActivityOptions.newBuilder()
 *     .setStartToCloseTimeout(Duration.ofSeconds(30))
 *     .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(5).build())
 *     .build();
 * }</pre>
 *
 * <p>Defaults: a start-to-close timeout of 60 seconds when neither start-to-close nor
 * schedule-to-close is set; a heartbeat timeout of 10 seconds (the activity heartbeats every 5
 * seconds while the model answers, so when a worker dies in the middle of a model call, Temporal
 * retries the call on another worker after at most 10 seconds, not after the whole start-to-close
 * timeout; {@code setHeartbeatTimeout(Duration.ZERO)} turns heartbeats off); Temporal's default
 * retry policy; cancellation type {@code TRY_CANCEL}; the workflow's task queue; the agent's name
 * as the activity summary; regular (not local) activities.
 */
public final class ModelActivityOptions {

  /** The start-to-close timeout used when no timeout is set. */
  public static final Duration DEFAULT_START_TO_CLOSE_TIMEOUT = Duration.ofSeconds(60);

  /**
   * The heartbeat timeout used when none is set: how long after a worker dies its model call is
   * retried elsewhere.
   */
  public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);

  private static final ModelActivityOptions DEFAULT = newBuilder().build();

  private final String taskQueue;
  private final Duration scheduleToCloseTimeout;
  private final Duration scheduleToStartTimeout;
  private final Duration startToCloseTimeout;
  private final Duration heartbeatTimeout;
  private final RetryOptions retryOptions;
  private final ActivityCancellationType cancellationType;
  private final String summary;
  private final ModelSummaryProvider summaryProvider;
  private final Priority priority;
  private final boolean useLocalActivity;

  private ModelActivityOptions(Builder b) {
    this.taskQueue = b.taskQueue;
    this.scheduleToCloseTimeout = b.scheduleToCloseTimeout;
    this.scheduleToStartTimeout = b.scheduleToStartTimeout;
    this.startToCloseTimeout =
        b.startToCloseTimeout == null && b.scheduleToCloseTimeout == null
            ? DEFAULT_START_TO_CLOSE_TIMEOUT
            : b.startToCloseTimeout;
    this.heartbeatTimeout =
        b.heartbeatTimeout == null
            ? DEFAULT_HEARTBEAT_TIMEOUT
            : b.heartbeatTimeout.isZero() ? null : b.heartbeatTimeout;
    this.retryOptions = b.retryOptions;
    this.cancellationType = b.cancellationType;
    this.summary = b.summary;
    this.summaryProvider = b.summaryProvider;
    this.priority = b.priority;
    this.useLocalActivity = b.useLocalActivity;
  }

  /** A builder with every option at its default. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The options with every value at its default. */
  public static ModelActivityOptions getDefaultInstance() {
    return DEFAULT;
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The task queue model activities are scheduled on, or {@code null} for the workflow's. */
  public String getTaskQueue() {
    return taskQueue;
  }

  /** The schedule-to-close timeout, or {@code null}. */
  public Duration getScheduleToCloseTimeout() {
    return scheduleToCloseTimeout;
  }

  /** The schedule-to-start timeout, or {@code null}. */
  public Duration getScheduleToStartTimeout() {
    return scheduleToStartTimeout;
  }

  /** The start-to-close timeout, or {@code null} when only schedule-to-close is set. */
  public Duration getStartToCloseTimeout() {
    return startToCloseTimeout;
  }

  /**
   * The heartbeat timeout ({@link #DEFAULT_HEARTBEAT_TIMEOUT} unless set), or {@code null} when
   * heartbeats are off. The model activity heartbeats at half this interval while the model call
   * runs.
   */
  public Duration getHeartbeatTimeout() {
    return heartbeatTimeout;
  }

  /** The retry policy, or {@code null} for Temporal's default. */
  public RetryOptions getRetryOptions() {
    return retryOptions;
  }

  /** The cancellation type, or {@code null} for Temporal's default ({@code TRY_CANCEL}). */
  public ActivityCancellationType getCancellationType() {
    return cancellationType;
  }

  /** A fixed summary for every model activity, or {@code null}. */
  public String getSummary() {
    return summary;
  }

  /** A provider of per-call summaries, or {@code null}. */
  public ModelSummaryProvider getSummaryProvider() {
    return summaryProvider;
  }

  /** The priority, or {@code null}. */
  public Priority getPriority() {
    return priority;
  }

  /**
   * Whether model calls run as local activities. Changing this while workflows are running breaks
   * their replay.
   */
  public boolean isUseLocalActivity() {
    return useLocalActivity;
  }

  /** Builds {@link ModelActivityOptions}. */
  public static final class Builder {
    private String taskQueue;
    private Duration scheduleToCloseTimeout;
    private Duration scheduleToStartTimeout;
    private Duration startToCloseTimeout;
    private Duration heartbeatTimeout;
    private RetryOptions retryOptions;
    private ActivityCancellationType cancellationType;
    private String summary;
    private ModelSummaryProvider summaryProvider;
    private Priority priority;
    private boolean useLocalActivity;

    private Builder() {}

    private Builder(ModelActivityOptions o) {
      this.taskQueue = o.taskQueue;
      this.scheduleToCloseTimeout = o.scheduleToCloseTimeout;
      this.scheduleToStartTimeout = o.scheduleToStartTimeout;
      this.startToCloseTimeout = o.startToCloseTimeout;
      this.heartbeatTimeout = o.heartbeatTimeout == null ? Duration.ZERO : o.heartbeatTimeout;
      this.retryOptions = o.retryOptions;
      this.cancellationType = o.cancellationType;
      this.summary = o.summary;
      this.summaryProvider = o.summaryProvider;
      this.priority = o.priority;
      this.useLocalActivity = o.useLocalActivity;
    }

    /** The task queue model activities are scheduled on; default the workflow's. */
    public Builder setTaskQueue(String taskQueue) {
      this.taskQueue = taskQueue;
      return this;
    }

    /** The total time a model call may take, over all attempts. */
    public Builder setScheduleToCloseTimeout(Duration timeout) {
      this.scheduleToCloseTimeout = positive(timeout, "scheduleToCloseTimeout");
      return this;
    }

    /** How long a model call may wait in the task queue. */
    public Builder setScheduleToStartTimeout(Duration timeout) {
      this.scheduleToStartTimeout = positive(timeout, "scheduleToStartTimeout");
      return this;
    }

    /** How long one attempt of a model call may take. */
    public Builder setStartToCloseTimeout(Duration timeout) {
      this.startToCloseTimeout = positive(timeout, "startToCloseTimeout");
      return this;
    }

    /**
     * The heartbeat timeout (default {@link #DEFAULT_HEARTBEAT_TIMEOUT}); the model activity
     * heartbeats at half this interval. {@code Duration.ZERO} turns heartbeats off, so a call on a
     * worker that died is retried only after its start-to-close timeout.
     */
    public Builder setHeartbeatTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "heartbeatTimeout");
      this.heartbeatTimeout = timeout.isZero() ? timeout : positive(timeout, "heartbeatTimeout");
      return this;
    }

    /** The retry policy of model calls. */
    public Builder setRetryOptions(RetryOptions retryOptions) {
      this.retryOptions = retryOptions;
      return this;
    }

    /** What happens to a running model call when the workflow is cancelled. */
    public Builder setCancellationType(ActivityCancellationType cancellationType) {
      this.cancellationType = cancellationType;
      return this;
    }

    /** A fixed summary for every model activity; takes precedence over a summary provider. */
    public Builder setSummary(String summary) {
      this.summary = summary;
      return this;
    }

    /** Computes a summary per model call. */
    public Builder setSummaryProvider(ModelSummaryProvider summaryProvider) {
      this.summaryProvider = summaryProvider;
      return this;
    }

    /** The priority of model activities. */
    public Builder setPriority(Priority priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Run model calls as local activities: on the workflow's worker, recorded as a marker instead
     * of activity events. They use the timeouts, the retry policy and the summary; the task queue,
     * heartbeat timeout, cancellation type and priority do not apply to local activities.
     */
    public Builder setUseLocalActivity(boolean useLocalActivity) {
      this.useLocalActivity = useLocalActivity;
      return this;
    }

    /** The options. */
    public ModelActivityOptions build() {
      return new ModelActivityOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
