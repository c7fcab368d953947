package dev.durableagents.examples.reasoning_content;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.ModelSettings;

/**
 * A reasoning model that explains itself: {@code reasoningSummary = "auto"} asks the Responses API
 * for a summary of the model's reasoning, which comes back as a reasoning item of the run.
 */
@Agent(
    name = "Reasoner",
    instructions = "You are a helpful assistant that explains your reasoning step by step.",
    model = "o4-mini")
@ModelSettings(reasoningEffort = "low", reasoningSummary = "auto")
public interface ReasoningAgent {
  String ask(String prompt);
}
