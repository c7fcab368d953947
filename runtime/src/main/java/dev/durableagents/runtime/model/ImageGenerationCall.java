package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Base64;
import java.util.Objects;

/**
 * An image the model generated with the hosted {@link HostedTool.ImageGeneration} tool.
 *
 * <p>The image is part of the model activity's result, so it is stored in the workflow history; ask
 * for small images (see {@link HostedTool.ImageGeneration#size()}) in long runs.
 *
 * @param id the item id
 * @param status {@code "completed"}, {@code "generating"}, {@code "failed"}, ...
 * @param result the image, base64-encoded, or {@code null} when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageGenerationCall(String id, String status, String result)
    implements HostedToolCall {

  public ImageGenerationCall {
    Objects.requireNonNull(id, "id");
  }

  /** The image's bytes, decoded from {@link #result()}; empty when there is no image. */
  @JsonIgnore
  public byte[] imageBytes() {
    return result == null ? new byte[0] : Base64.getDecoder().decode(result);
  }
}
