package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.durableagents.processor.model.GuardrailModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Validates the {@code @Guardrail}s of an agent. */
final class GuardrailValidator {

  private static final String INPUT = ClassRefs.RUNTIME + "InputGuardrail";
  private static final String OUTPUT = ClassRefs.RUNTIME + "OutputGuardrail";

  private final ClassRefs classes;

  GuardrailValidator(ClassRefs classes) {
    this.classes = classes;
  }

  /**
   * @param outputType the agent's output type, which output guardrails must accept
   */
  List<GuardrailModel> validate(TypeElement agent, TypeMirror outputType, Report report)
      throws AgentValidator.Deferred {
    List<GuardrailModel> guardrails = new ArrayList<>();
    for (AnnotationMirror guardrail :
        Annotations.repeated(agent, Annotations.GUARDRAIL, Annotations.GUARDRAILS)) {
      TypeMirror value = Annotations.classValue(guardrail, "value");
      if (value != null && value.getKind() == TypeKind.ERROR) {
        throw new AgentValidator.Deferred("@Guardrail names " + value);
      }
      AnnotationValue written = Annotations.explicit(guardrail, "value");
      TypeElement type = classes.classOf(value);
      boolean input = type != null && classes.implementsInterface(type, INPUT);
      boolean output = type != null && classes.implementsInterface(type, OUTPUT);
      if (!input && !output) {
        report.error(agent, guardrail, written, ErrorMessages.GUARDRAIL_WRONG_KIND, value);
        continue;
      }
      if (!classes.isInstantiable(type)) {
        report.error(
            agent, guardrail, written, ErrorMessages.NOT_INSTANTIABLE, type, "Guardrail", "value");
        continue;
      }
      if (output && outputType != null) {
        TypeMirror checked = classes.typeArgument(type.asType(), OUTPUT, 0);
        if (checked != null
            && checked.getKind() != TypeKind.WILDCARD
            && !classes.isAssignable(outputType, checked)) {
          report.error(
              agent,
              guardrail,
              written,
              ErrorMessages.GUARDRAIL_OUTPUT_MISMATCH,
              type.getSimpleName(),
              checked,
              agent.getSimpleName(),
              outputType,
              classes.box(outputType));
          continue;
        }
      }
      boolean blocking = !Annotations.bool(guardrail, "runInParallel");
      if (blocking && !input) {
        report.error(
            agent,
            guardrail,
            Annotations.explicit(guardrail, "runInParallel"),
            ErrorMessages.GUARDRAIL_PARALLEL_OUTPUT,
            type.getSimpleName());
        continue;
      }
      ClassName name = ClassName.get(type);
      if (input) {
        guardrails.add(new GuardrailModel(name, true, blocking));
      }
      if (output) {
        guardrails.add(new GuardrailModel(name, false, false));
      }
    }
    return guardrails;
  }
}
