package dev.durableagents.examples.streaming;

import dev.durableagents.annotations.Agent;

/** The agent of {@code streaming/StreamText}: plain text, streamed. */
@Agent(name = "Joker", instructions = "You are a helpful assistant.")
public interface JokerAgent {
  String run(String prompt);
}
