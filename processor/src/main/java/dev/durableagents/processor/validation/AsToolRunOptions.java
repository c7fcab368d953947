package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.durableagents.processor.schema.SchemaGenerator;
import dev.durableagents.processor.schema.UnsupportedTypeException;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads what {@code @AsTool} says about the nested run: a structured input (the schema of the
 * target agent's run-method parameter), its max turns and its hooks.
 */
final class AsToolRunOptions {

  private static final String RUN_HOOKS = ClassRefs.RUNTIME + "RunHooks";

  /**
   * @param parametersSchema the schema of the structured input, or {@code null}
   * @param maxTurns the nested run's max turns, or 0
   * @param hooks the hooks class, or {@code null}
   */
  record Options(String parametersSchema, int maxTurns, ClassName hooks) {}

  private final ClassRefs classes;
  private final SchemaGenerator schemas;

  AsToolRunOptions(ClassRefs classes, SchemaGenerator schemas) {
    this.classes = classes;
    this.schemas = schemas;
  }

  /** The options, or {@code null} when the report got an error. */
  Options read(TypeElement agent, AnnotationMirror asTool, TypeElement target, Report report)
      throws AgentValidator.Deferred {
    boolean ok = true;
    int maxTurns = Annotations.integer(asTool, "maxTurns");
    if (maxTurns < 0) {
      report.error(
          agent,
          asTool,
          Annotations.explicit(asTool, "maxTurns"),
          ErrorMessages.AS_TOOL_MAX_TURNS,
          maxTurns);
      ok = false;
    }
    ClassName hooks = null;
    TypeElement hooksType = classes.classOf(Annotations.classValue(asTool, "hooks"));
    if (hooksType != null) {
      AnnotationValue value = Annotations.explicit(asTool, "hooks");
      if (!classes.implementsInterface(hooksType, RUN_HOOKS)) {
        report.error(
            agent,
            asTool,
            value,
            ErrorMessages.WRONG_KIND,
            hooksType,
            "AsTool",
            "hooks",
            RUN_HOOKS);
        ok = false;
      } else if (!classes.isInstantiable(hooksType)) {
        report.error(
            agent, asTool, value, ErrorMessages.NOT_INSTANTIABLE, hooksType, "AsTool", "hooks");
        ok = false;
      } else {
        hooks = ClassName.get(hooksType);
      }
    }
    String schema = null;
    if (Annotations.bool(asTool, "structuredInput")) {
      schema = inputSchema(agent, asTool, target, report);
      ok &= schema != null;
    }
    return ok ? new Options(schema, maxTurns, hooks) : null;
  }

  /** The schema of the target's run-method parameter, or {@code null} after an error. */
  private String inputSchema(
      TypeElement agent, AnnotationMirror asTool, TypeElement target, Report report)
      throws AgentValidator.Deferred {
    AnnotationValue value = Annotations.explicit(asTool, "structuredInput");
    List<ExecutableElement> runMethods =
        ElementFilter.methodsIn(target.getEnclosedElements()).stream()
            .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
            .toList();
    // A target without exactly one run method of one parameter is reported on the target itself.
    if (runMethods.size() != 1 || runMethods.get(0).getParameters().size() != 1) {
      report.error(
          agent,
          asTool,
          value,
          ErrorMessages.AS_TOOL_STRUCTURED_INPUT,
          target.getSimpleName(),
          "no single parameter");
      return null;
    }
    TypeMirror input = runMethods.get(0).getParameters().get(0).asType();
    if (input.getKind() == TypeKind.ERROR) {
      throw new AgentValidator.Deferred("the input of " + target.getSimpleName() + " is " + input);
    }
    if (!schemas.isObject(input)) {
      report.error(
          agent,
          asTool,
          value,
          ErrorMessages.AS_TOOL_STRUCTURED_INPUT,
          target.getSimpleName(),
          input);
      return null;
    }
    try {
      return schemas.valueSchema(input, "", true).toString();
    } catch (UnsupportedTypeException e) {
      report.error(
          agent,
          asTool,
          value,
          ErrorMessages.UNSUPPORTED_TYPE,
          "the input of " + target.getSimpleName(),
          e.path().isEmpty() ? "(parameter)" : e.path(),
          e.getMessage());
      return null;
    }
  }
}
