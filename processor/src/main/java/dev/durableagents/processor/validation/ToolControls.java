package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.durableagents.processor.model.ToolControlsModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the run controls of {@code @FunctionTool} ({@code failureMessage}, {@code isEnabled}) and
 * the {@code isEnabled} of {@code @Handoff}: classes named there must implement {@code IsEnabled}
 * and be instantiable by generated code.
 */
final class ToolControls {

  static final String IS_ENABLED = ClassRefs.RUNTIME + "IsEnabled";
  static final String TOOL_INPUT_GUARDRAIL = ClassRefs.RUNTIME + "ToolInputGuardrail";
  static final String TOOL_OUTPUT_GUARDRAIL = ClassRefs.RUNTIME + "ToolOutputGuardrail";

  private final ClassRefs classes;

  ToolControls(ClassRefs classes) {
    this.classes = classes;
  }

  /** The controls of a {@code @FunctionTool}, or {@code null} when the report got an error. */
  ToolControlsModel read(Element method, AnnotationMirror annotation, Report report) {
    String message = Annotations.string(annotation, "failureMessage");
    boolean[] ok = {true};
    ClassName isEnabled = isEnabled(method, annotation, "FunctionTool", report, ok);
    List<ClassName> inputs =
        guardrails(method, annotation, "inputGuardrails", TOOL_INPUT_GUARDRAIL, report, ok);
    List<ClassName> outputs =
        guardrails(method, annotation, "outputGuardrails", TOOL_OUTPUT_GUARDRAIL, report, ok);
    if (!ok[0]) {
      return null;
    }
    if (message.isEmpty() && isEnabled == null && inputs.isEmpty() && outputs.isEmpty()) {
      return ToolControlsModel.NONE;
    }
    return new ToolControlsModel(message.isEmpty() ? null : message, isEnabled, inputs, outputs);
  }

  /** The guardrail classes of {@code member}, each checked; errors set {@code ok[0]} false. */
  private List<ClassName> guardrails(
      Element method,
      AnnotationMirror annotation,
      String member,
      String iface,
      Report report,
      boolean[] ok) {
    List<ClassName> found = new ArrayList<>();
    AnnotationValue value = Annotations.explicit(annotation, member);
    for (TypeMirror mirror : Annotations.classes(annotation, member)) {
      TypeElement type = classes.classOf(mirror);
      if (type == null || !classes.implementsInterface(type, iface)) {
        report.error(
            method,
            annotation,
            value,
            ErrorMessages.WRONG_KIND,
            mirror,
            "FunctionTool",
            member,
            iface);
        ok[0] = false;
      } else if (!classes.isInstantiable(type)) {
        report.error(
            method,
            annotation,
            value,
            ErrorMessages.NOT_INSTANTIABLE,
            type,
            "FunctionTool",
            member);
        ok[0] = false;
      } else {
        found.add(ClassName.get(type));
      }
    }
    return found;
  }

  /**
   * The {@code IsEnabled} class of {@code annotation}, or {@code null} when it names none; sets
   * {@code ok[0]} to false after reporting an error.
   */
  ClassName isEnabled(
      Element element,
      AnnotationMirror annotation,
      String annotationName,
      Report report,
      boolean[] ok) {
    TypeElement type = classes.classOf(Annotations.classValue(annotation, "isEnabled"));
    if (type == null) {
      return null;
    }
    AnnotationValue value = Annotations.explicit(annotation, "isEnabled");
    if (!classes.implementsInterface(type, IS_ENABLED)) {
      report.error(
          element,
          annotation,
          value,
          ErrorMessages.WRONG_KIND,
          type,
          annotationName,
          "isEnabled",
          IS_ENABLED);
      ok[0] = false;
      return null;
    }
    if (!classes.isInstantiable(type)) {
      report.error(
          element,
          annotation,
          value,
          ErrorMessages.NOT_INSTANTIABLE,
          type,
          annotationName,
          "isEnabled");
      ok[0] = false;
      return null;
    }
    return ClassName.get(type);
  }
}
