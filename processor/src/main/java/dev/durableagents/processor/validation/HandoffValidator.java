package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.durableagents.annotations.ToolNames;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.HandoffModel;
import dev.durableagents.processor.schema.SchemaGenerator;
import dev.durableagents.processor.schema.UnsupportedTypeException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Validates the {@code @Handoff}s of an agent. */
final class HandoffValidator {

  private static final String FILTER = ClassRefs.RUNTIME + "HandoffInputFilter";
  private static final String ON_HANDOFF = ClassRefs.RUNTIME + "OnHandoff";

  private final ClassRefs classes;
  private final SchemaGenerator schemas;

  HandoffValidator(ClassRefs classes, SchemaGenerator schemas) {
    this.classes = classes;
    this.schemas = schemas;
  }

  /** The agent's handoffs; each claims its tool name in {@code claims}. */
  List<HandoffModel> validate(TypeElement agent, ToolNameClaims claims, Report report)
      throws AgentValidator.Deferred {
    List<HandoffModel> handoffs = new ArrayList<>();
    for (AnnotationMirror handoff :
        Annotations.repeated(agent, Annotations.HANDOFF, Annotations.HANDOFFS)) {
      HandoffModel model = handoff(agent, handoff, claims, report);
      if (model != null) {
        handoffs.add(model);
      }
    }
    return handoffs;
  }

  private HandoffModel handoff(
      TypeElement agent, AnnotationMirror handoff, ToolNameClaims claims, Report report)
      throws AgentValidator.Deferred {
    TypeMirror targetType = Annotations.classValue(handoff, "agent");
    if (targetType == null || targetType.getKind() == TypeKind.ERROR) {
      throw new AgentValidator.Deferred("@Handoff(agent) names " + targetType);
    }
    TypeElement target = classes.classOf(targetType);
    AnnotationValue agentValue = Annotations.explicit(handoff, "agent");
    if (target == null
        || target.getKind() != ElementKind.INTERFACE
        || Annotations.find(target, Annotations.AGENT) == null) {
      report.error(agent, handoff, agentValue, ErrorMessages.HANDOFF_TARGET_NOT_AGENT, targetType);
      return null;
    }
    if (target.equals(agent)) {
      report.error(
          agent,
          handoff,
          agentValue,
          ErrorMessages.HANDOFF_TO_SELF,
          agent.getSimpleName(),
          agent.getSimpleName());
      return null;
    }
    boolean ok = true;
    String toolName = emptyToNull(Annotations.string(handoff, "toolName"));
    if (toolName != null && !ToolSetValidator.TOOL_NAME.matcher(toolName).matches()) {
      report.error(
          agent,
          handoff,
          Annotations.explicit(handoff, "toolName"),
          ErrorMessages.TOOL_NAME_INVALID,
          toolName);
      ok = false;
    }
    String effectiveName = toolName;
    if (toolName == null) {
      effectiveName = ToolNames.handoff(Names.agentName(target));
      if (!ToolSetValidator.TOOL_NAME.matcher(effectiveName).matches()) {
        report.error(
            agent,
            handoff,
            agentValue,
            ErrorMessages.DERIVED_TOOL_NAME_INVALID,
            effectiveName,
            Names.agentName(target),
            "name the tool with @Handoff(toolName = ...)");
        ok = false;
      }
    }
    if (ok
        && !claims.claim(
            effectiveName,
            "@Handoff(agent = " + target.getSimpleName() + ".class)",
            "name its tool with @Handoff(toolName = ...)",
            agent,
            handoff,
            null,
            report)) {
      ok = false;
    }
    ClassName filter = null;
    TypeElement filterType = classes.classOf(Annotations.classValue(handoff, "inputFilter"));
    if (filterType != null) {
      AnnotationValue value = Annotations.explicit(handoff, "inputFilter");
      if (!classes.implementsInterface(filterType, FILTER)) {
        report.error(
            agent,
            handoff,
            value,
            ErrorMessages.WRONG_KIND,
            filterType,
            "Handoff",
            "inputFilter",
            FILTER);
        ok = false;
      } else if (!classes.isInstantiable(filterType)) {
        report.error(
            agent,
            handoff,
            value,
            ErrorMessages.NOT_INSTANTIABLE,
            filterType,
            "Handoff",
            "inputFilter");
        ok = false;
      } else {
        filter = ClassName.get(filterType);
      }
    }
    ClassName hook = null;
    TypeName hookInput = null;
    String hookSchema = null;
    TypeElement hookType = classes.classOf(Annotations.classValue(handoff, "onHandoff"));
    if (hookType != null) {
      AnnotationValue value = Annotations.explicit(handoff, "onHandoff");
      TypeMirror input = classes.typeArgument(hookType.asType(), ON_HANDOFF, 0);
      if (!classes.implementsInterface(hookType, ON_HANDOFF)) {
        report.error(
            agent,
            handoff,
            value,
            ErrorMessages.WRONG_KIND,
            hookType,
            "Handoff",
            "onHandoff",
            ON_HANDOFF);
        ok = false;
      } else if (!classes.isInstantiable(hookType)) {
        report.error(
            agent,
            handoff,
            value,
            ErrorMessages.NOT_INSTANTIABLE,
            hookType,
            "Handoff",
            "onHandoff");
        ok = false;
      } else if (input == null) {
        report.error(agent, handoff, value, ErrorMessages.ON_HANDOFF_RAW, hookType);
        ok = false;
      } else {
        hook = ClassName.get(hookType);
        if (!input.toString().equals("java.lang.Void")) {
          if (!schemas.isObject(input)) {
            report.error(
                agent,
                handoff,
                value,
                ErrorMessages.UNSUPPORTED_TYPE,
                "the input of " + hookType.getSimpleName(),
                "(type argument)",
                "a handoff's input must be a record, given to the model as the tool's arguments");
            ok = false;
          } else {
            try {
              hookSchema = schemas.valueSchema(input, "", true).toString();
              hookInput = TypeName.get(input);
            } catch (UnsupportedTypeException e) {
              report.error(
                  agent,
                  handoff,
                  value,
                  ErrorMessages.UNSUPPORTED_TYPE,
                  "the input of " + hookType.getSimpleName(),
                  e.path().isEmpty() ? "(type argument)" : e.path(),
                  e.getMessage());
              ok = false;
            }
          }
        }
      }
    }
    boolean[] enabledOk = {true};
    ClassName isEnabled =
        new ToolControls(classes).isEnabled(agent, handoff, "Handoff", report, enabledOk);
    if (!ok || !enabledOk[0]) {
      return null;
    }
    return new HandoffModel(
        GeneratedNames.of(ClassName.get(target)),
        toolName,
        emptyToNull(Annotations.string(handoff, "description")),
        filter,
        hook,
        hookInput,
        hookSchema,
        isEnabled);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
