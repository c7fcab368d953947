package dev.durableagents.runtime;

/**
 * A run stopped before its next model call because its workflow's history reached the limits set
 * with {@link DurableAgentsPlugin.Builder#setHistoryLimits} (by default just below Temporal's
 * 51,200 events and 50 MB, where the server would terminate the workflow). Catch it in the workflow
 * and continue as new with {@link RunResult#toInputList()}-style state, or keep runs shorter.
 */
public final class HistoryLimitReached extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final long events;
  private final long bytes;

  /**
   * @param agentName the agent whose model call was next
   * @param events the history's length
   * @param bytes the history's size
   * @param maxEvents the limit of events
   * @param maxBytes the limit of bytes
   */
  public HistoryLimitReached(
      String agentName, long events, long bytes, long maxEvents, long maxBytes) {
    super(
        "The workflow history has "
            + events
            + " events and "
            + bytes
            + " bytes, at or over the limits of "
            + maxEvents
            + " events or "
            + maxBytes
            + " bytes, before agent '"
            + agentName
            + "' could call the model; continue as new (Workflow.continueAsNew) with the"
            + " conversation, or raise DurableAgentsPlugin.Builder.setHistoryLimits",
        null);
    this.events = events;
    this.bytes = bytes;
  }

  /** The history's length when the run stopped. */
  public long events() {
    return events;
  }

  /** The history's size in bytes when the run stopped. */
  public long bytes() {
    return bytes;
  }

  @Override
  public Object[] details() {
    return new Object[] {events, bytes};
  }
}
