package dev.durableagents.examples.customer_service;

import dev.durableagents.examples.support.Scripts;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model of the customer-service chat: a few rules that play each agent's part for
 * whatever the customer types. Triage sends questions about bags, wifi or the plane to the FAQ
 * agent and seat changes to the seat booking agent; the FAQ agent looks questions up; the seat
 * booking agent asks for a confirmation number (six letters and digits, like {@code ABC123}) and a
 * seat (like {@code 12A}), then updates it; each hands back to triage what is not theirs.
 *
 * <p>It answers from each request alone, so a worker restarted in the middle of a conversation, or
 * a conversation resumed days later, gets the same answers.
 */
public final class AirlineScript {

  /** The demo conversation the launcher plays when nobody types. */
  public static final List<String> DEMO =
      List.of(
          "Hi! Can I bring a bag on the plane?",
          "I would like to change my seat.",
          "My confirmation number is ABC123.",
          "Seat 12A, please.",
          "Is there wifi on board?");

  private static final Pattern CONFIRMATION =
      Pattern.compile("\\b(?=[A-Za-z0-9]*\\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6}\\b");
  private static final Pattern SEAT = Pattern.compile("\\b\\d{1,2}[A-Fa-f]\\b");

  private AirlineScript() {}

  /** The model. */
  public static TestModel model() {
    return TestModel.answering(AirlineScript::answer);
  }

  private static ModelResponse answer(ModelRequest request) {
    String toolOutput = toolOutput(request);
    String user = Scripts.lastUserText(request);
    switch (request.agentName()) {
      case "FAQ Agent":
        if (toolOutput != null) {
          return TestModel.text(toolOutput);
        }
        if (isSeatChange(user)) {
          return TestModel.toolCall("transfer_to_triage_agent", "{}");
        }
        return TestModel.toolCall("faq_lookup_tool", "{\"question\":" + quote(user) + "}");
      case "Seat Booking Agent":
        if (toolOutput != null) {
          return TestModel.text("Done! " + toolOutput + ". Anything else?");
        }
        return seatBooking(request, user);
      default:
        if (isSeatChange(user)) {
          return TestModel.toolCall("transfer_to_seat_booking_agent", "{}");
        }
        if (isFaq(user)) {
          return TestModel.toolCall("transfer_to_faq_agent", "{}");
        }
        return TestModel.text(
            "Hello! I can answer questions about baggage, wifi and our planes, or change your"
                + " seat. How can I help?");
    }
  }

  private static ModelResponse seatBooking(ModelRequest request, String user) {
    Matcher seat = SEAT.matcher(user);
    if (isFaq(user) && !seat.find()) {
      return TestModel.toolCall("transfer_to_triage_agent", "{}");
    }
    String confirmation = null;
    for (String text : Scripts.userTexts(request)) {
      Matcher m = CONFIRMATION.matcher(text);
      while (m.find()) {
        confirmation = m.group();
      }
    }
    if (confirmation == null) {
      return TestModel.text("Sure! What is your confirmation number?");
    }
    seat.reset();
    if (!seat.find()) {
      return TestModel.text("Thanks! Which seat would you like?");
    }
    return TestModel.toolCall(
        "updateSeat",
        "{\"confirmationNumber\":"
            + quote(confirmation)
            + ",\"newSeat\":"
            + quote(seat.group().toUpperCase(Locale.ROOT))
            + "}");
  }

  private static boolean isSeatChange(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.contains("seat") && (t.contains("change") || t.contains("my seat"));
  }

  private static boolean isFaq(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.contains("bag") || t.contains("wifi") || t.contains("plane") || t.contains("seats");
  }

  /** The output of a tool (not a handoff) when it is the request's last item, else null. */
  private static String toolOutput(ModelRequest request) {
    if (!(Scripts.lastItem(request) instanceof FunctionCallOutput output)) {
      return null;
    }
    for (Item item : request.input()) {
      if (item instanceof FunctionCall call && call.callId().equals(output.callId())) {
        return call.name().startsWith("transfer_to_") ? null : output.output();
      }
    }
    return null;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
