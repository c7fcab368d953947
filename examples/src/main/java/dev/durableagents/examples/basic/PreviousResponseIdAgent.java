package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;

/** A concise assistant, asked twice in one conversation kept on the model's server. */
@Agent(name = "Assistant", instructions = "You are a helpful assistant. be VERY concise.")
public interface PreviousResponseIdAgent {
  String ask(String question);
}
