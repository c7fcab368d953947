package dev.durableagents.examples.streaming;

import dev.durableagents.annotations.FunctionTool;

/** The tool of {@code streaming/StreamItems}: how many jokes to tell, decided on the worker. */
public interface JokeTools {

  @FunctionTool(
      name = "how_many_jokes",
      description = "Decide how many jokes to tell.",
      startToCloseTimeout = "10s")
  int howManyJokes();
}
