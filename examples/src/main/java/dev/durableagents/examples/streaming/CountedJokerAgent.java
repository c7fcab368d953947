package dev.durableagents.examples.streaming;

import dev.durableagents.annotations.Agent;

/** The agent of {@code streaming/StreamItems}: calls its tool, then tells that many jokes. */
@Agent(
    name = "Joker",
    instructions = "First call the `how_many_jokes` tool, then tell that many jokes.",
    tools = {JokeTools.class})
public interface CountedJokerAgent {
  String run(String prompt);
}
