package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;

/** Answers questions about an image given by its URL. */
@Agent(name = "Assistant", instructions = "You are a helpful assistant.")
public interface RemoteImageAgent {
  String ask(String question);
}
