package dev.durableagents.integration.scenario;

import dev.durableagents.annotations.Agent;

/** The agent of the long conversation: it answers each message of the chat. */
@Agent(name = "Chat", instructions = "chat: answer the last message.")
public interface ChatAgent {
  String answer(String message);
}
