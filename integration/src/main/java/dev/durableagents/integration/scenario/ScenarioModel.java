package dev.durableagents.integration.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.RecordedRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's model behind the OpenAI stub (Chat Completions): its answer is a pure function of
 * the request, so a call retried after a crash gets the same answer as the first attempt.
 *
 * <ul>
 *   <li>Triage: one {@code region} call per city not yet located, then {@code
 *       transfer_to_forecaster};
 *   <li>Forecaster: {@code temperature} and {@code wind} of the next city in one response (two
 *       calls, run in parallel), then the {@link Forecast} as JSON, built from the tools' outputs.
 * </ul>
 */
public final class ScenarioModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScenarioModel() {}

  /** The reply to a Chat Completions request of the scenario. */
  public static Reply reply(RecordedRequest request) {
    if (ChatModel.isChat(request)) {
      return ChatModel.reply(request);
    }
    JsonNode messages = request.body().path("messages");
    String system = text(messages.path(0).path("content"));
    Map<String, String> outputs = new HashMap<>();
    String userText = null;
    for (JsonNode message : messages) {
      String role = message.path("role").asText();
      if (role.equals("tool")) {
        outputs.put(message.path("tool_call_id").asText(), text(message.path("content")));
      } else if (role.equals("user") && userText == null) {
        userText = text(message.path("content"));
      }
    }
    if (userText == null) {
      return Reply.error(400, "no_user_message", "the scenario model needs a user message");
    }
    List<String> cities = Weather.cities(userText);
    String id = "chatcmpl-" + Integer.toHexString(request.body().toString().hashCode());
    if (system.startsWith("triage")) {
      for (int i = 0; i < cities.size(); i++) {
        if (!outputs.containsKey("region-" + i)) {
          return calls(id, call("region-" + i, "region", cities.get(i)));
        }
      }
      return calls(id, OpenAIStubServer.chatToolCall("handoff", "transfer_to_forecaster", "{}"));
    }
    for (int i = 0; i < cities.size(); i++) {
      if (!outputs.containsKey("temperature-" + i)) {
        return calls(
            id,
            call("temperature-" + i, "temperature", cities.get(i)),
            call("wind-" + i, "wind", cities.get(i)));
      }
    }
    ObjectNode forecast = JSON.createObjectNode();
    ArrayNode lines = forecast.putArray("cities");
    for (int i = 0; i < cities.size(); i++) {
      lines
          .addObject()
          .put("city", cities.get(i))
          .put("region", outputs.getOrDefault("region-" + i, "?"))
          .put("temperature", Integer.parseInt(outputs.get("temperature-" + i).trim()))
          .put("wind", outputs.get("wind-" + i));
    }
    return Reply.json(OpenAIStubServer.chatCompletion(id, forecast.toString()));
  }

  private static ObjectNode call(String callId, String tool, String city) {
    return OpenAIStubServer.chatToolCall(
        callId, tool, JSON.createObjectNode().put("city", city).toString());
  }

  private static Reply calls(String id, ObjectNode... toolCalls) {
    ObjectNode message = OpenAIStubServer.chatMessage(null);
    ArrayNode array = message.putArray("tool_calls");
    for (ObjectNode call : toolCalls) {
      array.add(call);
    }
    return Reply.json(
        OpenAIStubServer.chatCompletion(id, message, OpenAIStubServer.chatUsage(20, 5, 0, 0)));
  }

  private static String text(JsonNode content) {
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : content) {
      text.append(part.path("text").asText());
    }
    return text.toString();
  }
}
