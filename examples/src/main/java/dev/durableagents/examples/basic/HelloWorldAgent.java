package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;

/** The smallest agent: no tools, plain-text output. */
@Agent(name = "Assistant", instructions = "You only respond in haikus.")
public interface HelloWorldAgent {
  String run(String prompt);
}
