/**
 * Java ports of the {@code agent_patterns} samples: agents as tools, a deterministic flow, parallel
 * runs, an LLM judging another, forced tool use, input and output guardrails, and routing by
 * handoffs. Every workflow runs on {@link
 * dev.durableagents.examples.agent_patterns.AgentPatternsWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.agent_patterns;
