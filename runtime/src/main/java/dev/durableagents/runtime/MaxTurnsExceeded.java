package dev.durableagents.runtime;

/** A run made as many model calls as it may without reaching a final output. */
public final class MaxTurnsExceeded extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final int maxTurns;

  /**
   * @param maxTurns the limit that was reached
   * @param agentName the agent whose turn was next
   */
  public MaxTurnsExceeded(int maxTurns, String agentName) {
    super(
        "Max turns ("
            + maxTurns
            + ") exceeded before agent '"
            + agentName
            + "' produced a final output; raise @Agent(maxTurns) or RunConfig.setMaxTurns",
        null);
    this.maxTurns = maxTurns;
  }

  /** The limit that was reached. */
  public int maxTurns() {
    return maxTurns;
  }
}
