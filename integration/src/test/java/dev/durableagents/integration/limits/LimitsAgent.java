package dev.durableagents.integration.limits;

import dev.durableagents.annotations.Agent;

/** An agent whose tools make payloads of any size, to meet Temporal's limits. */
@Agent(
    name = "Limits",
    instructions = "Use the tools.",
    tools = {BlobTools.class})
public interface LimitsAgent {
  String ask(String question);
}
