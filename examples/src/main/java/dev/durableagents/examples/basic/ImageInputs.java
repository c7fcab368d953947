package dev.durableagents.examples.basic;

import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;

/** What images a model request holds: the image samples' offline models look. */
final class ImageInputs {

  private ImageInputs() {}

  /** The URL (remote or {@code data:}) of the request's first input image, or {@code null}. */
  static String firstImageUrl(ModelRequest request) {
    for (Item item : request.input()) {
      if (item instanceof Message message) {
        for (ContentPart part : message.content()) {
          if (part instanceof ContentPart.InputImage image && image.imageUrl() != null) {
            return image.imageUrl();
          }
        }
      }
    }
    return null;
  }
}
