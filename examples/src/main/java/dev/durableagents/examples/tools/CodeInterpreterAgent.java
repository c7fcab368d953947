package dev.durableagents.examples.tools;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.CodeInterpreterTool;

/** Does math by running Python in OpenAI's hosted code interpreter. */
@Agent(name = "Code interpreter", instructions = "You love doing math.")
@CodeInterpreterTool
public interface CodeInterpreterAgent {
  String solve(String question);
}
