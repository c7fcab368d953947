/**
 * The OpenAI model provider: OpenAI's Responses API, or the Chat Completions API of any
 * OpenAI-compatible server, through the official openai-java client.
 *
 * <p>{@link dev.durableagents.runtime.openai.OpenAIProvider} is configured from the environment
 * ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_API}, ...) or a builder, and
 * hands out {@link dev.durableagents.runtime.openai.OpenAIResponsesModel}s (with hosted tools,
 * reasoning and server-side conversations) or {@link
 * dev.durableagents.runtime.openai.OpenAIChatCompletionsModel}s. Failed calls become typed model
 * exceptions whose types are listed in {@link dev.durableagents.runtime.openai.OpenAIErrors}.
 */
package dev.durableagents.runtime.openai;
