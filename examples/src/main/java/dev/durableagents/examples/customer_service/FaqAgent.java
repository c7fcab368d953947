package dev.durableagents.examples.customer_service;

import dev.durableagents.annotations.Agent;
import dev.durableagents.annotations.FunctionTool;
import dev.durableagents.annotations.Handoff;
import java.util.Locale;

/** Answers frequently asked questions with its lookup tool; hands anything else back to triage. */
@Agent(
    name = "FAQ Agent",
    description = "A helpful agent that can answer questions about the airline.",
    instructions =
        AirlinePrompts.RECOMMENDED_PROMPT_PREFIX
            + "You are an FAQ agent. If you are speaking to a customer, you probably were"
            + " transferred to from the triage agent.\n"
            + "Use the following routine to support the customer.\n"
            + "# Routine\n"
            + "1. Identify the last question asked by the customer.\n"
            + "2. Use the faq lookup tool to answer the question. Do not rely on your own"
            + " knowledge.\n"
            + "3. If you cannot answer the question, transfer back to the triage agent.")
@Handoff(agent = TriageAgent.class)
public interface FaqAgent {

  String chat(String message);

  /** An in-workflow tool: a lookup table, deterministic. */
  @FunctionTool(name = "faq_lookup_tool", description = "Lookup frequently asked questions.")
  default String faqLookup(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    if (q.contains("bag") || q.contains("baggage")) {
      return "You are allowed to bring one bag on the plane. "
          + "It must be under 50 pounds and 22 inches x 14 inches x 9 inches.";
    }
    if (q.contains("seats") || q.contains("plane")) {
      return "There are 120 seats on the plane. "
          + "There are 22 business class seats and 98 economy seats. "
          + "Exit rows are rows 4 and 16. "
          + "Rows 5-8 are Economy Plus, with extra legroom. ";
    }
    if (q.contains("wifi")) {
      return "We have free wifi on the plane, join Airline-Wifi";
    }
    return "I'm sorry, I don't know the answer to that question.";
  }
}
