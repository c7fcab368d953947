package dev.durableagents.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.durableagents.processor.model.ParamModel;
import dev.durableagents.processor.schema.Accessibility;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.MissingTypeException;
import dev.durableagents.processor.schema.SchemaGenerator;
import dev.durableagents.processor.schema.UnsupportedTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads what every {@code @FunctionTool} method has, whether it runs as an activity or in the
 * workflow: its name, description, parameters and their JSON schema.
 */
final class ToolSignatures {

  static final Pattern TOOL_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  /**
   * A tool method's signature, as the model sees it.
   *
   * @param toolName the name the model sees
   * @param description what it does, or {@code null}
   * @param strict whether the schema is sent in strict mode
   * @param params the parameters, in order
   * @param schemaJson the JSON schema of the arguments object
   */
  record Signature(
      String toolName,
      String description,
      boolean strict,
      List<ParamModel> params,
      String schemaJson) {}

  private final SchemaGenerator schemas;
  private final Javadocs javadocs;

  ToolSignatures(SchemaGenerator schemas, Javadocs javadocs) {
    this.schemas = schemas;
    this.javadocs = javadocs;
  }

  /**
   * The signature of a tool method, or {@code null} after reporting what is wrong.
   *
   * @param contextParams whether the tool runs in the workflow (an in-workflow tool): its {@code
   *     RunContext} parameters are supplied by the runtime, and its result never leaves the
   *     workflow through an activity
   */
  Signature read(
      ExecutableElement method, AnnotationMirror annotation, boolean contextParams, Report report)
      throws AgentValidator.Deferred {
    String methodName = method.getSimpleName().toString();
    boolean ok = true;
    boolean generic = !method.getTypeParameters().isEmpty();
    if (generic) {
      report.error(method, ErrorMessages.TOOL_GENERIC, methodName);
      ok = false;
    }
    String toolName = Annotations.string(annotation, "name");
    if (toolName.isEmpty()) {
      toolName = methodName;
    }
    if (!TOOL_NAME.matcher(toolName).matches()) {
      report.error(
          method,
          annotation,
          Annotations.explicit(annotation, "name"),
          ErrorMessages.TOOL_NAME_INVALID,
          toolName);
      ok = false;
    }
    String description = Annotations.string(annotation, "description");
    if (description.isEmpty()) {
      description = javadocs.description(method);
    }
    boolean strict = Annotations.bool(annotation, "strict");

    Map<String, String> paramDocs = javadocs.paramDescriptions(method);
    List<SchemaGenerator.Property> properties = new ArrayList<>();
    List<ParamModel> params = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      TypeMirror type = parameter.asType();
      if (AgentMethodsValidator.isRunContext(type)) {
        if (contextParams) {
          params.add(
              new ParamModel(name, TypeName.get(type), TypeChecks.needsTypeReference(type), true));
        } else {
          report.error(parameter, ErrorMessages.RUN_CONTEXT_IN_ACTIVITY_TOOL, toolName, name);
          ok = false;
        }
        continue;
      }
      properties.add(
          new SchemaGenerator.Property(
              name,
              type,
              paramDescription(parameter, paramDocs),
              TypeChecks.isNullable(parameter)));
      params.add(new ParamModel(name, TypeName.get(type), TypeChecks.needsTypeReference(type)));
    }
    ok &= checkReachable(method, method.getReturnType(), "the result of tool " + toolName, report);
    String returnMistake = ToolReturnTypes.mistake(method.getReturnType(), !contextParams);
    if (returnMistake != null) {
      report.error(
          method, ErrorMessages.TOOL_RETURN_TYPE, toolName, method.getReturnType(), returnMistake);
      ok = false;
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      ok &= checkReachable(method, thrown, "tool " + toolName, report);
    }
    String schema = null;
    try {
      // A generic tool is already an error; its type variables would only add another.
      schema = generic ? null : schemas.objectSchema(properties, strict).toString();
    } catch (MissingTypeException e) {
      throw new AgentValidator.Deferred("tool " + toolName + ": " + e.getMessage());
    } catch (UnsupportedTypeException e) {
      Element at = parameterFor(method, e.path());
      if (e.strictOnly()) {
        report.error(
            at,
            ErrorMessages.STRICT_MODE_UNSUPPORTED,
            "tool " + toolName,
            e.path(),
            e.getMessage(),
            "@FunctionTool(strict = false)");
      } else {
        report.error(
            at, ErrorMessages.UNSUPPORTED_TYPE, "tool " + toolName, e.path(), e.getMessage());
      }
      ok = false;
    }
    return ok ? new Signature(toolName, description, strict, params, schema) : null;
  }

  /**
   * {@code @Param}, then {@code @JsonPropertyDescription}, then the method's {@code @param} tag.
   */
  private static String paramDescription(VariableElement parameter, Map<String, String> paramDocs) {
    AnnotationMirror param = Annotations.find(parameter, Annotations.PARAM);
    if (param != null && !Annotations.string(param, "description").isEmpty()) {
      return Annotations.string(param, "description");
    }
    AnnotationMirror jackson =
        Annotations.find(parameter, "com.fasterxml.jackson.annotation.JsonPropertyDescription");
    if (jackson != null && !Annotations.string(jackson, "value").isEmpty()) {
      return Annotations.string(jackson, "value");
    }
    return paramDocs.get(parameter.getSimpleName().toString());
  }

  /** Reports a type in a tool's signature that the generated code cannot name. */
  private static boolean checkReachable(
      ExecutableElement method, TypeMirror type, String usedBy, Report report) {
    TypeElement unreachable = Accessibility.firstUnreachable(type);
    if (unreachable == null) {
      return true;
    }
    report.error(
        method,
        ErrorMessages.TYPE_NOT_ACCESSIBLE,
        unreachable.getQualifiedName(),
        usedBy,
        Accessibility.problem(unreachable));
    return false;
  }

  private static Element parameterFor(ExecutableElement method, String path) {
    String root = path.split("[.\\[]", 2)[0];
    for (VariableElement p : method.getParameters()) {
      if (p.getSimpleName().contentEquals(root)) {
        return p;
      }
    }
    return method;
  }
}
