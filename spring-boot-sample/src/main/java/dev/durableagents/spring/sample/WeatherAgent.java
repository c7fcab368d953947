package dev.durableagents.spring.sample;

import dev.durableagents.annotations.Agent;

/**
 * The sample's agent. The processor generates {@code WeatherAgentWorkflow} (what a client starts),
 * its implementation, and the package's {@code AgentsModule}, which the starter finds and registers
 * on the worker.
 */
@Agent(
    name = "Weather Assistant",
    instructions =
        "You are a helpful weather agent. Use the tool to answer questions about weather.",
    tools = WeatherTools.class)
public interface WeatherAgent {

  /** Answers {@code question}. */
  String ask(String question);
}
