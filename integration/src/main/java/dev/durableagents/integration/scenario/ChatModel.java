package dev.durableagents.integration.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.RecordedRequest;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;

/**
 * The long conversation's model behind the stub (Chat Completions), a pure function of the request:
 * it answers {@code "Answer N: ..."}, N the user messages it received, as long as the last one.
 */
public final class ChatModel {

  private ChatModel() {}

  /** The user message of a turn: {@code chars} characters. */
  public static String message(int turn, int chars) {
    String head = "Question " + turn + ": ";
    return head + "q".repeat(Math.max(0, chars - head.length()));
  }

  /** How the answer to turn {@code turn} starts when the model got every message. */
  public static String answerPrefix(int turn) {
    return "Answer " + turn + ":";
  }

  /** Whether {@code request} is the chat's. */
  public static boolean isChat(RecordedRequest request) {
    return request.body().path("messages").path(0).path("content").asText().startsWith("chat");
  }

  /** The reply to a chat request. */
  public static Reply reply(RecordedRequest request) {
    int users = 0;
    int last = 0;
    for (JsonNode message : request.body().path("messages")) {
      if (message.path("role").asText().equals("user")) {
        users++;
        last = message.path("content").asText().length();
      }
    }
    String head = answerPrefix(users) + " ";
    String answer = head + "a".repeat(Math.max(0, last - head.length()));
    return Reply.json(
        OpenAIStubServer.chatCompletion(
            "chatcmpl-" + users + "-" + request.rawBody().length(), answer));
  }
}
