/**
 * Java ports of the {@code tools} samples: OpenAI's hosted tools (the code interpreter, file
 * search, image generation and web search), which the provider runs while it answers, so each run
 * is one model call whose output holds the tool's call items. They need the Responses API. Every
 * workflow runs on {@link dev.durableagents.examples.tools.ToolsWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.tools;
