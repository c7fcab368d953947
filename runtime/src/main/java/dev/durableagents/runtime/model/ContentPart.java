package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/** A part of a {@link Message}'s content. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ContentPart.InputText.class, name = "input_text"),
  @JsonSubTypes.Type(value = ContentPart.OutputText.class, name = "output_text"),
  @JsonSubTypes.Type(value = ContentPart.Refusal.class, name = "refusal"),
})
public sealed interface ContentPart {

  /** Text the user (or system) wrote. */
  record InputText(String text) implements ContentPart {
    public InputText {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Text the model wrote. */
  record OutputText(String text) implements ContentPart {
    public OutputText {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The model's refusal to answer. */
  record Refusal(String refusal) implements ContentPart {
    public Refusal {
      Objects.requireNonNull(refusal, "refusal");
    }
  }
}
