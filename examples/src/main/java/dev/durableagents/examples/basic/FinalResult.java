package dev.durableagents.examples.basic;

/**
 * The structured output of the lifecycle samples' agents.
 *
 * @param number the final number
 */
public record FinalResult(int number) {}
