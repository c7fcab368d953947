/**
 * The default model provider: OpenAI's Responses API through the official openai-java client.
 *
 * <p>{@link dev.durableagents.runtime.openai.OpenAIProvider} is configured from the environment
 * ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, ...) or a builder, and hands out {@link
 * dev.durableagents.runtime.openai.OpenAIResponsesModel}s. Failed calls become typed model
 * exceptions whose types are listed in {@link dev.durableagents.runtime.openai.OpenAIErrors}.
 */
package dev.durableagents.runtime.openai;
