/**
 * Java ports of the {@code model_providers} samples: agents on models other than OpenAI's, through
 * the runtime's OpenAI provider pointed at OpenAI-compatible servers: a proxy such as LiteLLM's
 * (Chat Completions or Responses), and Ollama serving {@code gpt-oss:20b} (Chat Completions). Both
 * run on {@link dev.durableagents.examples.model_providers.ModelProvidersWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.model_providers;
