package dev.durableagents.integration.limits;

import dev.durableagents.annotations.FunctionTool;

/** Tools that return or take large values. */
public interface BlobTools {

  /** A text of {@code kilobytes} KiB. */
  @FunctionTool(description = "A text of the given size", startToCloseTimeout = "10s")
  String blob(int kilobytes);

  /** Its argument's length. */
  @FunctionTool(description = "The length of a text", startToCloseTimeout = "10s")
  int measure(String text);
}
