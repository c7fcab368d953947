package dev.durableagents.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.durableagents.processor.model.InWorkflowToolModel;
import dev.durableagents.processor.model.InstructionsModel;
import dev.durableagents.processor.model.ToolControlsModel;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.SchemaGenerator;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Validates the default methods of an agent interface that the agent runs in the workflow:
 * {@code @FunctionTool} methods (in-workflow tools) and the {@code @Instructions} method.
 */
final class AgentMethodsValidator {

  static final String RUN_CONTEXT = ClassRefs.RUNTIME + "RunContext";
  static final String AGENT_DEFINITION = ClassRefs.RUNTIME + "AgentDefinition";

  private static final List<String> ACTIVITY_OPTIONS =
      List.of(
          "startToCloseTimeout",
          "scheduleToCloseTimeout",
          "heartbeatTimeout",
          "maximumAttempts",
          "taskQueue",
          "localActivity");

  private final ToolSignatures signatures;

  private final ToolControls controls;

  AgentMethodsValidator(SchemaGenerator schemas, Javadocs javadocs, ToolControls controls) {
    this.controls = controls;
    this.signatures = new ToolSignatures(schemas, javadocs);
  }

  List<InWorkflowToolModel> tools(TypeElement agent, Report report) throws AgentValidator.Deferred {
    List<InWorkflowToolModel> tools = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(agent.getEnclosedElements())) {
      AnnotationMirror annotation = Annotations.find(method, Annotations.FUNCTION_TOOL);
      if (annotation != null) {
        InWorkflowToolModel tool = tool(agent, method, annotation, report);
        if (tool != null) {
          tools.add(tool);
        }
      }
    }
    return tools;
  }

  private InWorkflowToolModel tool(
      TypeElement agent, ExecutableElement method, AnnotationMirror annotation, Report report)
      throws AgentValidator.Deferred {
    String methodName = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.STATIC)) {
      report.error(method, ErrorMessages.TOOL_STATIC, methodName);
      return null;
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      // An abstract method of an agent is its run method.
      report.error(
          method,
          annotation,
          null,
          ErrorMessages.FUNCTION_TOOL_ON_RUN_METHOD,
          methodName,
          agent.getSimpleName());
      return null;
    }
    if (!method.getModifiers().contains(Modifier.DEFAULT)) {
      // A private method cannot be called from the generated code.
      report.error(method, ErrorMessages.TOOL_NOT_ABSTRACT, methodName);
      return null;
    }
    if (Annotations.find(method, Annotations.INSTRUCTIONS) != null) {
      report.error(method, ErrorMessages.INSTRUCTIONS_ON_TOOL, methodName);
      return null;
    }
    boolean ok = true;
    for (String option : ACTIVITY_OPTIONS) {
      if (Annotations.explicit(annotation, option) != null) {
        report.error(
            method,
            annotation,
            Annotations.explicit(annotation, option),
            ErrorMessages.IN_WORKFLOW_TOOL_OPTIONS,
            option,
            methodName);
        ok = false;
      }
    }
    ApprovalOptions.Read approval = ApprovalOptions.read(method, annotation, report);
    ToolSignatures.Signature signature = signatures.read(method, annotation, true, report);
    ToolControlsModel toolControls = controls.read(method, annotation, report);
    if (!ok || !approval.ok() || signature == null || toolControls == null) {
      return null;
    }
    return new InWorkflowToolModel(
        methodName,
        signature.toolName(),
        signature.description(),
        signature.schemaJson(),
        signature.strict(),
        signature.params(),
        method.getReturnType().getKind() == TypeKind.VOID,
        Annotations.bool(annotation, "failRunOnError"),
        approval.approval(),
        toolControls);
  }

  /** The {@code @Instructions} method, or {@code null}. */
  InstructionsModel instructions(TypeElement agent, Report report) {
    List<ExecutableElement> marked = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(agent.getEnclosedElements())) {
      if (Annotations.find(method, Annotations.INSTRUCTIONS) != null
          && Annotations.find(method, Annotations.FUNCTION_TOOL) == null) {
        marked.add(method);
      }
    }
    if (marked.size() > 1) {
      List<String> names = new ArrayList<>();
      marked.forEach(m -> names.add(m.getSimpleName() + "()"));
      report.error(
          marked.get(1),
          ErrorMessages.INSTRUCTIONS_SEVERAL,
          agent.getSimpleName(),
          String.join(", ", names));
      return null;
    }
    for (ExecutableElement method : marked) {
      String name = method.getSimpleName().toString();
      boolean ok =
          method.getModifiers().contains(Modifier.DEFAULT)
              && method.getTypeParameters().isEmpty()
              && method.getReturnType().toString().equals("java.lang.String");
      List<String> arguments = new ArrayList<>();
      boolean casts = false;
      TypeName contextType = null;
      for (VariableElement parameter : method.getParameters()) {
        TypeMirror type = parameter.asType();
        if (isRunContext(type)) {
          arguments.add("context");
          casts = isGeneric(type);
          contextType = TypeName.get(type);
        } else if (type.toString().equals(AGENT_DEFINITION)) {
          arguments.add("agent");
        } else {
          ok = false;
        }
      }
      if (!ok) {
        report.error(method, ErrorMessages.INSTRUCTIONS_METHOD, name);
        return null;
      }
      return new InstructionsModel(name, arguments, casts, contextType);
    }
    return null;
  }

  static boolean isRunContext(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(RUN_CONTEXT);
  }

  private static boolean isGeneric(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && !((DeclaredType) type).getTypeArguments().isEmpty();
  }
}
