package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;
import java.util.Map;

/** Tells jokes, numbered: a structured output holding a map, sent as a non-strict schema. */
// OpenAI's strict mode cannot express a map: with the default strictOutput = true this interface
// does not compile (the processor reports that Map<Integer, String> is a JSON object with arbitrary
// keys, and names strictOutput = false as the fix). Without strict mode the model is asked, not
// forced, to follow the schema, so an answer that does not match is sent back once, with what was
// wrong (outputRetries = 1).
@Agent(
    name = "Assistant",
    instructions = "You are a helpful assistant.",
    strictOutput = false,
    outputRetries = 1)
public interface NonStrictOutputAgent {

  /**
   * The agent's answer.
   *
   * @param jokes the jokes, by joke number
   */
  record Jokes(Map<Integer, String> jokes) {}

  Jokes tell(String request);
}
