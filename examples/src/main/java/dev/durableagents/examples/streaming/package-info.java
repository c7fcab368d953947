/**
 * Java ports of the {@code streaming} samples: a streamed run whose text a client prints as the
 * model writes it ({@code stream_text}), and one whose item events (agent, tool call, tool output,
 * message) a client prints as they complete ({@code stream_items}). Every workflow runs on {@link
 * dev.durableagents.examples.streaming.StreamingWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.streaming;
