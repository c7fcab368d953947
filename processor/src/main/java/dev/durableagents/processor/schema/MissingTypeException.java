package dev.durableagents.processor.schema;

import dev.durableagents.processor.validation.ErrorMessages;

/**
 * A type that is not known yet, typically because another annotation processor generates it in a
 * later round. The element that needs the schema is retried in the next round.
 */
public final class MissingTypeException extends UnsupportedTypeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param path where the type sits
   * @param type the type as javac prints it
   */
  public MissingTypeException(String path, String type) {
    super(path, String.format(ErrorMessages.REASON_MISSING, type), false);
  }
}
