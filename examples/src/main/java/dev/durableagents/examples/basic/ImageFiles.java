package dev.durableagents.examples.basic;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * An activity that reads an image on the worker, for {@link LocalImage}: files are read in an
 * activity, never in workflow code, whose replays must not depend on the disk.
 */
@ActivityInterface
public interface ImageFiles {

  /**
   * The image at {@code location} as a {@code data:} URL ({@code data:image/png;base64,...}), the
   * form in which a model receives an image's bytes.
   *
   * @param location a file on the worker's disk, or else a resource on the worker's classpath (the
   *     sample's default, {@code media/landscape.png}, ships with the examples)
   */
  @ActivityMethod(name = "ImageFiles.readAsDataUrl")
  String readAsDataUrl(String location);
}
