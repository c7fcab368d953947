package dev.durableagents.examples.tools;

import dev.durableagents.annotations.Agent;

/** Answers from the documents of a vector store. */
// The hosted file search is added at run time, as the vector store to search is the workflow's
// argument (see FileSearchWorkflowImpl). For a store known when compiling, annotate the agent with
// @FileSearchTool(vectorStoreIds = "vs_...") instead.
@Agent(name = "File searcher", instructions = "You are a helpful agent.")
public interface FileSearchAgent {
  String ask(String question);
}
