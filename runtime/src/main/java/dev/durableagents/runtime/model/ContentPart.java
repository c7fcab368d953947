package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Base64;
import java.util.Objects;

/** A part of a {@link Message}'s content. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ContentPart.InputText.class, name = "input_text"),
  @JsonSubTypes.Type(value = ContentPart.OutputText.class, name = "output_text"),
  @JsonSubTypes.Type(value = ContentPart.Refusal.class, name = "refusal"),
  @JsonSubTypes.Type(value = ContentPart.InputImage.class, name = "input_image"),
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

  /**
   * An image the model is shown: a remote URL, a {@code data:} URL holding the image's bytes, or
   * the id of a file uploaded to the provider.
   *
   * <pre>{@code
   * Message question = new Message("user", List.of(
   *     new ContentPart.InputText("What is in this picture?"),
   *     ContentPart.InputImage.ofBytes("image/png", pngBytes)),   // or ofUrl("https://...")
   *     null);
   * }</pre>
   *
   * <p>A data URL travels in the model activity's input, so it is stored in the workflow history:
   * read the file in an activity and keep images small, or pass a URL or a file id instead.
   *
   * @param imageUrl a remote or {@code data:} URL, or {@code null} when {@code fileId} is set
   * @param fileId the provider's id of an uploaded file, or {@code null}
   * @param detail {@code "low"}, {@code "high"} or {@code "auto"}; {@code null} for the provider's
   *     default
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record InputImage(String imageUrl, String fileId, String detail) implements ContentPart {
    public InputImage {
      if ((imageUrl == null) == (fileId == null)) {
        throw new IllegalArgumentException(
            "An input image needs exactly one of imageUrl and fileId");
      }
    }

    /** An image at a remote URL (or a ready-made {@code data:} URL), with the default detail. */
    public static InputImage ofUrl(String url) {
      return new InputImage(Objects.requireNonNull(url, "url"), null, null);
    }

    /** An image given by its bytes, sent as a base64 {@code data:} URL of this media type. */
    public static InputImage ofBytes(String mediaType, byte[] bytes) {
      Objects.requireNonNull(mediaType, "mediaType");
      Objects.requireNonNull(bytes, "bytes");
      return ofUrl("data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }

    /** An uploaded file, by the provider's file id. */
    public static InputImage ofFileId(String fileId) {
      return new InputImage(null, Objects.requireNonNull(fileId, "fileId"), null);
    }

    /** This image with {@code detail} ({@code "low"}, {@code "high"} or {@code "auto"}). */
    public InputImage withDetail(String detail) {
      return new InputImage(imageUrl, fileId, detail);
    }
  }
}
