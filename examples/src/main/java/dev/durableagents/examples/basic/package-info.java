/**
 * Java ports of the {@code basic} samples: a single agent, tools, lifecycle hooks, dynamic
 * instructions, a conversation continued by previous response id, structured output with a
 * non-strict schema, and images (read on the worker, or by URL). Every workflow runs on {@link
 * dev.durableagents.examples.basic.BasicWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.basic;
