package dev.durableagents.spring.boot.test;

import dev.durableagents.annotations.Agent;

/** An agent of the test application. */
@Agent(
    name = "City Agent",
    instructions = "Answer questions about cities.",
    tools = CityTools.class)
public interface CityAgent {
  /** Answers a question. */
  String ask(String question);
}
