package dev.durableagents.bench;

import dev.durableagents.annotations.Agent;

/** The agent of the history benchmark: one model call per conversation turn, no tools. */
@Agent(name = ChatAgent.NAME, instructions = "You are a helpful assistant.")
public interface ChatAgent {

  /** The agent's name; the scripted model answers it with long messages. */
  String NAME = "Chat agent";

  String run(String message);
}
