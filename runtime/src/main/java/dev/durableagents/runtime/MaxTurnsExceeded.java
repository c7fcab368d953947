package dev.durableagents.runtime;

/**
 * A run made as many model calls as it may without reaching a final output (and its {@link
 * MaxTurnsHandler}, if any, gave none). Uncaught, the workflow fails with an {@code
 * ApplicationFailure} of type {@code MaxTurnsExceeded} whose details are the limit and the agent's
 * name; {@link AgentFailures#from} turns it back into this exception at the client.
 */
public final class MaxTurnsExceeded extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final int maxTurns;
  private final String agentName;

  /**
   * @param maxTurns the limit that was reached
   * @param agentName the agent whose turn was next
   */
  public MaxTurnsExceeded(int maxTurns, String agentName) {
    this(
        "Max turns ("
            + maxTurns
            + ") exceeded before agent '"
            + agentName
            + "' produced a final output; raise @Agent(maxTurns) or RunConfig.setMaxTurns",
        maxTurns,
        agentName,
        null);
  }

  /** Decoded from a failure: its message and cause as they were. */
  MaxTurnsExceeded(String message, int maxTurns, String agentName, Throwable cause) {
    super(message, cause);
    this.maxTurns = maxTurns;
    this.agentName = agentName;
  }

  /** The limit that was reached; 0 when decoded from a failure recorded without it. */
  public int maxTurns() {
    return maxTurns;
  }

  /** The agent whose turn was next, or {@code null} when decoded from a failure without it. */
  public String agentName() {
    return agentName;
  }

  @Override
  public Object[] details() {
    return new Object[] {maxTurns, agentName};
  }
}
