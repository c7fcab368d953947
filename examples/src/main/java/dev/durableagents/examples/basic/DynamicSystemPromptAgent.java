package dev.durableagents.examples.basic;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.Instructions;
import dev.durableagents.runtime.RunContext;
import java.util.Locale;

/** An agent whose system prompt is computed from the run's context: dynamic instructions. */
@Agent(name = "Chat agent")
public interface DynamicSystemPromptAgent {

  String chat(String userMessage);

  /** The style the agent answers in: the run's context. */
  enum Style {
    HAIKU,
    PIRATE,
    ROBOT;

    /** The style's name, as the sample's input and output spell it: {@code haiku}, ... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The instructions of each model call, from the style in the run's context. */
  @Instructions
  default String instructions(RunContext<Style> context) {
    if (context.context() == null) {
      return "You are a helpful assistant.";
    }
    switch (context.context()) {
      case HAIKU:
        return "Only respond in haikus.";
      case PIRATE:
        return "Respond as a pirate.";
      default:
        return "Respond as a robot and say 'beep boop' a lot.";
    }
  }
}
