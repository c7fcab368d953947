package dev.durableagents.runtime.model;

/**
 * Tokens used by model calls.
 *
 * @param requests how many model calls
 * @param inputTokens prompt tokens
 * @param outputTokens completion tokens
 * @param totalTokens input plus output tokens
 * @param cachedInputTokens the part of the input tokens served from the provider's prompt cache
 * @param reasoningTokens the part of the output tokens spent on reasoning
 */
public record Usage(
    int requests,
    long inputTokens,
    long outputTokens,
    long totalTokens,
    long cachedInputTokens,
    long reasoningTokens) {

  /** No usage. */
  public static final Usage ZERO = new Usage(0, 0, 0, 0, 0, 0);

  /** Usage of one model call. */
  public static Usage ofRequest(long inputTokens, long outputTokens) {
    return new Usage(1, inputTokens, outputTokens, inputTokens + outputTokens, 0, 0);
  }

  /** This usage plus {@code other}. */
  public Usage plus(Usage other) {
    if (other == null) {
      return this;
    }
    return new Usage(
        requests + other.requests,
        inputTokens + other.inputTokens,
        outputTokens + other.outputTokens,
        totalTokens + other.totalTokens,
        cachedInputTokens + other.cachedInputTokens,
        reasoningTokens + other.reasoningTokens);
  }
}
