package dev.durableagents.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.annotations.ToolNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default tool names the processor and the runtime both take from {@link ToolNames} are those
 * the OpenAI Agents SDK's users know.
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
  void snakeCaseFollowsTheAgentsSdk(String name, String expected) {
    assertEquals(expected, ToolNames.snakeCase(name));
  }

  @ParameterizedTest
  @CsvSource({
    "FAQ Agent, transfer_to_faq_agent",
    "SeatBooking, transfer_to_seat_booking",
  })
  void handoffToolsAreTransfersToTheAgent(String name, String expected) {
    assertEquals(expected, ToolNames.handoff(name));
  }
}
