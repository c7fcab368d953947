package dev.durableagents.integration.limits;

import dev.durableagents.annotations.Agent;

/** An agent that may take many turns: its history grows until a limit stops it. */
@Agent(
    name = "Loop",
    instructions = "Use the tools.",
    tools = {BlobTools.class},
    maxTurns = 100_000)
public interface LoopAgent {
  String ask(String question);
}
