/**
 * Java port of the {@code handoffs} sample: a handoff whose input filter trims what the next agent
 * sees. Its workflow runs on {@link dev.durableagents.examples.handoffs.HandoffsWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.handoffs;
