/**
 * Java port of the {@code financial_research_agent} sample: a planner agent plans searches
 * (structured output), one search agent per planned search runs at once with OpenAI's hosted web
 * search, a writer agent writes the report and may call a fundamentals analyst and a risk analyst
 * as tools (with an output extractor), and a verifier agent audits the report. The workflow runs on
 * {@link
 * dev.durableagents.examples.financial_research_agent.FinancialResearchAgentWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.financial_research_agent;
