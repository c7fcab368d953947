package dev.durableagents.processor;

import dev.durableagents.processor.validation.ErrorMessages;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Turns a processor crash into a compile error with its stack trace, instead of a javac crash. */
final class Crashes {

  private Crashes() {}

  /**
   * Reports {@code e} as an error on {@code element}, or on no element if it is {@code null}.
   *
   * @param e what was thrown
   */
  static void report(Messager messager, Element element, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String message = String.format(ErrorMessages.PROCESSOR_CRASH, trace);
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }
  }
}
