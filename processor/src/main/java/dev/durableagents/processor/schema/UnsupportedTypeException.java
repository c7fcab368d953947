package dev.durableagents.processor.schema;

/** A type that no JSON schema can be generated for; the message names where inside the type. */
public final class UnsupportedTypeException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * @param path where the type sits, e.g. {@code order.items[].meta}
   * @param message why it is unsupported and what to use instead
   */
  public UnsupportedTypeException(String path, String message) {
    super(message);
    this.path = path;
  }

  /** Where the type sits. */
  public String path() {
    return path;
  }
}
