/**
 * Java port of the {@code research_bot} sample: a planner agent plans web searches (structured
 * output), one search agent per planned search runs at once with OpenAI's hosted web search, and a
 * writer agent turns the summaries into a report (structured output). The workflow runs on {@link
 * dev.durableagents.examples.research_bot.ResearchBotWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.research_bot;
