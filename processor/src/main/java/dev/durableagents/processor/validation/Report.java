package dev.durableagents.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found while validating one annotated type. Errors are collected, printed once, and
 * nothing is generated for a type whose report is not clean.
 */
public final class Report {

  private record Entry(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {}

  private final List<Entry> errors = new ArrayList<>();

  /** Adds an error on {@code element}. */
  public void error(Element element, String format, Object... args) {
    errors.add(new Entry(String.format(format, args), element, null, null));
  }

  /** Adds an error on an annotation (and one of its values, when {@code value} is not null). */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      String format,
      Object... args) {
    errors.add(new Entry(String.format(format, args), element, annotation, value));
  }

  /** Whether no error was found. */
  public boolean isClean() {
    return errors.isEmpty();
  }

  /** Prints every error. */
  public void printTo(Messager messager) {
    for (Entry e : errors) {
      if (e.annotation() != null) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, e.message(), e.element(), e.annotation(), e.value());
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, e.message(), e.element());
      }
    }
    errors.clear();
  }
}
