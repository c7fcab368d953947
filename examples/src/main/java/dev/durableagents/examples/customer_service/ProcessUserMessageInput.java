package dev.durableagents.examples.customer_service;

/**
 * One chat message, the argument of the {@code processUserMessage} update.
 *
 * @param userInput what the customer typed
 * @param chatLength how many lines of chat history the client has seen: an update sent on a stale
 *     history is rejected, so two clients cannot talk over each other
 */
public record ProcessUserMessageInput(String userInput, int chatLength) {}
