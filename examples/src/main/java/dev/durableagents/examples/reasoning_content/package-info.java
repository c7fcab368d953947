/**
 * Java port of the {@code reasoning_content} sample: a reasoning model asked for a summary of its
 * reasoning ({@code @ModelSettings(reasoningSummary = "auto")}), whose result shows the summary
 * apart from the answer. It runs on {@link
 * dev.durableagents.examples.reasoning_content.ReasoningContentWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.reasoning_content;
