package dev.durableagents.runtime;

/**
 * The model refused to answer: the message that would have been the run's final output holds a
 * refusal and no text. Uncaught, the workflow fails with an {@code ApplicationFailure} of type
 * {@code ModelRefusal} whose details are the agent's name and the refusal; {@link
 * AgentFailures#from} turns it back into this exception at the client.
 */
public final class ModelRefusal extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String agentName;
  private final String refusal;

  /**
   * @param agentName the agent whose model refused
   * @param refusal the model's refusal text
   */
  public ModelRefusal(String agentName, String refusal) {
    this("The model of agent '" + agentName + "' refused: " + refusal, agentName, refusal, null);
  }

  /** Decoded from a failure: its message and cause as they were. */
  ModelRefusal(String message, String agentName, String refusal, Throwable cause) {
    super(message, cause);
    this.agentName = agentName;
    this.refusal = refusal;
  }

  /** The agent whose model refused. */
  public String agentName() {
    return agentName;
  }

  /** What the model said instead of an answer. */
  public String refusal() {
    return refusal;
  }

  @Override
  public Object[] details() {
    return new Object[] {agentName, refusal};
  }
}
