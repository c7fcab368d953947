package dev.durableagents.bench;

import dev.durableagents.annotations.Agent;

/**
 * The benchmark agent with its tool as a local activity; run it on a worker whose plugin makes
 * model calls local activities too.
 */
@Agent(
    name = BenchAgent.NAME,
    instructions = BenchAgent.INSTRUCTIONS,
    tools = BenchLocalTools.class,
    maxTurns = 50)
public interface BenchLocalAgent {
  String run(String question);
}
