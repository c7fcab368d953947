package dev.durableagents.processor.schema;

/**
 * A type that no JSON schema can be generated for; the message names where inside the type and says
 * what to use instead. Some types have a plain schema but none in OpenAI strict mode: for those
 * {@link #strictOnly()} is true, and the fix is to turn strict mode off.
 */
public class UnsupportedTypeException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final boolean strictOnly;

  /**
   * @param path where the type sits, e.g. {@code order.items[].meta}
   * @param message why it is unsupported and what to use instead
   */
  public UnsupportedTypeException(String path, String message) {
    this(path, message, false);
  }

  /**
   * @param path where the type sits, e.g. {@code order.items[].meta}
   * @param message why it is unsupported and what to use instead
   * @param strictOnly whether only strict mode cannot express it
   */
  public UnsupportedTypeException(String path, String message, boolean strictOnly) {
    super(message);
    this.path = path;
    this.strictOnly = strictOnly;
  }

  /** Where the type sits. */
  public String path() {
    return path;
  }

  /** Whether the type has a plain schema, and only OpenAI strict mode cannot express it. */
  public boolean strictOnly() {
    return strictOnly;
  }
}
