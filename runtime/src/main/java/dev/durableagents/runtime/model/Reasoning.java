package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A reasoning model's reasoning, as the Responses API returns it. It stays in the conversation:
 * when the next call carries the function calls that followed it, the reasoning item goes back with
 * its id, as OpenAI requires.
 *
 * <p>The summaries are there when the request asked for them (see {@link
 * ModelSettings#reasoningSummary()}); the encrypted content when the provider returns it.
 *
 * @param id the item id the model gave the reasoning
 * @param summary the reasoning summary's paragraphs, possibly empty
 * @param content the reasoning text itself, for models that return it; possibly empty
 * @param encryptedContent the opaque reasoning state, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reasoning(
    String id, List<String> summary, List<String> content, String encryptedContent)
    implements Item {

  public Reasoning {
    Objects.requireNonNull(id, "id");
    summary = summary == null ? List.of() : List.copyOf(summary);
    content = content == null ? List.of() : List.copyOf(content);
  }

  /** The summary's paragraphs joined by blank lines; empty when there is no summary. */
  @JsonIgnore
  public String summaryText() {
    return String.join("\n\n", summary);
  }
}
