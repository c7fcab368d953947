package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;

/** Answers questions about an image read on the worker. */
@Agent(name = "Assistant", instructions = "You are a helpful assistant.")
public interface LocalImageAgent {
  String ask(String question);
}
