package dev.durableagents.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.processor.validation.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names the processor gives tools at compile time are those the runtime gives them at run
 * time, and those the OpenAI Agents SDK's users know.
 */
class NamesTest {

  @ParameterizedTest
  @CsvSource({
    "Spanish Agent, spanish_agent",
    "SpanishAgent, spanish_agent",
    "FAQ Agent, faq_agent",
    "Seat Booking Agent, seat_booking_agent",
    "agent2Go, agent2_go",
    "  Weird--Name!, weird_name",
  })
  void snakeCaseMatchesTheRuntime(String name, String expected) {
    assertEquals(expected, Names.snakeCase(name));
    assertEquals(expected, dev.durableagents.runtime.internal.Names.snakeCase(name));
  }
}
