package dev.durableagents.bench;

import dev.durableagents.annotations.Agent;

/**
 * The benchmark agent: the scripted model asks for {@code lookup} once per turn, then answers. Its
 * generated workflow is the "generated" variant of the overhead and throughput benchmarks.
 */
@Agent(
    name = BenchAgent.NAME,
    instructions = BenchAgent.INSTRUCTIONS,
    tools = BenchTools.class,
    maxTurns = 50)
public interface BenchAgent {

  /** The agent's name, also used by the hand-written workflow and the direct loop. */
  String NAME = "Bench agent";

  /** The agent's instructions, also used by the hand-written workflow and the direct loop. */
  String INSTRUCTIONS = "Answer the question; look facts up with the lookup tool.";

  String run(String question);
}
