package dev.durableagents.examples.basic;

import dev.durableagents.runtime.model.ContentPart;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Reads images from the worker's disk or classpath; see {@link ImageFiles}. */
public final class ImageFilesImpl implements ImageFiles {

  /** Images a model accepts, by file extension. */
  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp");

  @Override
  public String readAsDataUrl(String location) {
    String mediaType = mediaTypeOf(location);
    return ContentPart.InputImage.ofBytes(mediaType, read(location)).imageUrl();
  }

  private static String mediaTypeOf(String location) {
    String extension = location.substring(location.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String mediaType = MEDIA_TYPES.get(extension);
    if (mediaType == null) {
      // Retrying cannot help: the name is wrong, not the disk.
      throw ApplicationFailure.newNonRetryableFailure(
          "Not an image a model reads (png, jpeg, gif, webp): " + location, "UnsupportedImage");
    }
    return mediaType;
  }

  private static byte[] read(String location) {
    try {
      Path file = Path.of(location);
      if (Files.isRegularFile(file)) {
        return Files.readAllBytes(file);
      }
      try (InputStream resource =
          ImageFilesImpl.class.getClassLoader().getResourceAsStream(location)) {
        if (resource == null) {
          throw ApplicationFailure.newNonRetryableFailure(
              "No image file or classpath resource at " + location, "ImageNotFound");
        }
        return resource.readAllBytes();
      }
    } catch (IOException e) {
      // A disk error may pass: let Temporal retry the activity.
      throw new UncheckedIOException("Cannot read the image " + location, e);
    }
  }
}
