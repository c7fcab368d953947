package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A message from the user, the system, or the assistant.
 *
 * @param role {@code "user"}, {@code "assistant"}, {@code "system"} or {@code "developer"}
 * @param content the message's parts, in order
 * @param id the id the model gave an assistant message, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(String role, List<ContentPart> content, String id) implements Item {

  public Message {
    Objects.requireNonNull(role, "role");
    content = List.copyOf(content);
  }

  /** A user message holding one text part. */
  public static Message user(String text) {
    return new Message("user", List.of(new ContentPart.InputText(text)), null);
  }

  /** An assistant message holding one text part. */
  public static Message assistant(String text) {
    return new Message("assistant", List.of(new ContentPart.OutputText(text)), null);
  }

  /** The message's text: its text parts joined, other parts left out. */
  @JsonIgnore
  public String text() {
    StringBuilder text = new StringBuilder();
    for (ContentPart part : content) {
      if (part instanceof ContentPart.InputText t) {
        text.append(t.text());
      } else if (part instanceof ContentPart.OutputText t) {
        text.append(t.text());
      }
    }
    return text.toString();
  }
}
