package dev.durableagents.runtime;

/** The model's final output did not match the agent's structured output type. */
public final class OutputParseException extends AgentsException {

  private static final long serialVersionUID = 1L;

  private final String output;

  /**
   * @param message what does not match
   * @param output the model's text
   * @param cause the parser's exception, or {@code null}
   */
  public OutputParseException(String message, String output, Throwable cause) {
    super(message, cause);
    this.output = output;
  }

  /** The model's text that did not parse. */
  public String output() {
    return output;
  }
}
