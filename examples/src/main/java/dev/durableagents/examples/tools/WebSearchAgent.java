package dev.durableagents.examples.tools;

import dev.durableagents.annotations.Agent;

/** Searches the web to answer. */
// The hosted web search is added at run time, localized to the user's city given to the workflow
// (see WebSearchWorkflowImpl). For a fixed location, annotate the agent with
// @WebSearchTool(city = "New York") instead.
@Agent(name = "Web searcher", instructions = "You are a helpful agent.")
public interface WebSearchAgent {
  String ask(String question);
}
