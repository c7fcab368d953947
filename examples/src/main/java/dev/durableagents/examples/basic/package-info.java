/**
 * Java ports of the {@code basic} samples: a single agent, tools, lifecycle hooks, dynamic
 * instructions and a conversation continued by previous response id. Every workflow runs on {@link
 * dev.durableagents.examples.basic.BasicWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.basic;
