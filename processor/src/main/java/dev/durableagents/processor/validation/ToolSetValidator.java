package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.ToolControlsModel;
import dev.durableagents.processor.model.ToolModel;
import dev.durableagents.processor.model.ToolOptionsModel;
import dev.durableagents.processor.model.ToolSetModel;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.SchemaGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Validates a tool set interface and builds its model. */
public final class ToolSetValidator {

  static final Pattern TOOL_NAME = ToolSignatures.TOOL_NAME;

  private final ToolSignatures signatures;

  private final ToolControls controls;

  public ToolSetValidator(
      SchemaGenerator schemas, Javadocs javadocs, Elements elements, Types types) {
    this.signatures = new ToolSignatures(schemas, javadocs);
    this.controls = new ToolControls(new ClassRefs(elements, types));
  }

  /**
   * The tool set's model, or {@code null} when the report has errors.
   *
   * @throws AgentValidator.Deferred if the tool set refers to a type not generated yet
   */
  public ToolSetModel validate(TypeElement toolSet, Report report) throws AgentValidator.Deferred {
    if (toolSet.getKind() != ElementKind.INTERFACE) {
      report.error(
          toolSet,
          ErrorMessages.TOOL_SET_NOT_INTERFACE,
          toolSet.getQualifiedName(),
          toolSet.getKind().toString().toLowerCase(java.util.Locale.ROOT));
      return null;
    }
    if (!TypeChecks.isReachable(toolSet)) {
      report.error(toolSet, ErrorMessages.NESTED_NOT_STATIC, toolSet.getQualifiedName());
    } else if (!TypeChecks.isPublic(toolSet)) {
      report.error(toolSet, ErrorMessages.TOOL_SET_NOT_PUBLIC, toolSet.getQualifiedName());
    }
    if (!toolSet.getTypeParameters().isEmpty()) {
      report.error(toolSet, ErrorMessages.TOOL_SET_GENERIC, toolSet.getQualifiedName());
    }
    deferIfUnresolved(toolSet);
    ClassName type = ClassName.get(toolSet);
    GeneratedNames names = GeneratedNames.of(type);
    Set<ExecutableElement> overloads = overloads(toolSet, report);
    List<ToolModel> tools = new ArrayList<>();
    Map<String, ExecutableElement> byName = new LinkedHashMap<>();
    for (Element member : toolSet.getEnclosedElements()) {
      if (!(member instanceof ExecutableElement method)) {
        continue;
      }
      AnnotationMirror annotation = Annotations.find(method, Annotations.FUNCTION_TOOL);
      if (annotation == null || overloads.contains(method)) {
        continue;
      }
      ToolModel tool = tool(method, annotation, names, report);
      if (tool == null) {
        continue;
      }
      ExecutableElement previous = byName.putIfAbsent(tool.toolName(), method);
      if (previous != null) {
        report.error(
            method,
            ErrorMessages.TOOL_NAME_DUPLICATE,
            tool.toolName(),
            toolSet.getSimpleName(),
            previous.getSimpleName() + "(...)");
        continue;
      }
      tools.add(tool);
    }
    return report.isClean() ? new ToolSetModel(toolSet, type, names, tools) : null;
  }

  private static void deferIfUnresolved(TypeElement toolSet) throws AgentValidator.Deferred {
    for (ExecutableElement method : ElementFilter.methodsIn(toolSet.getEnclosedElements())) {
      if (Annotations.find(method, Annotations.FUNCTION_TOOL) == null) {
        continue;
      }
      List<TypeMirror> signature = new ArrayList<>();
      signature.add(method.getReturnType());
      method.getParameters().forEach(p -> signature.add(p.asType()));
      signature.addAll(method.getThrownTypes());
      for (TypeMirror t : signature) {
        if (TypeChecks.hasErrorType(t)) {
          throw new AgentValidator.Deferred(method.getSimpleName() + " uses " + t);
        }
      }
    }
  }

  /**
   * Reports tools that overload an earlier tool's method name (tools become the methods of one
   * activity interface, where Temporal forbids overloads), and returns them.
   */
  private static Set<ExecutableElement> overloads(TypeElement toolSet, Report report) {
    Map<String, ExecutableElement> seen = new LinkedHashMap<>();
    Set<ExecutableElement> overloads = new LinkedHashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(toolSet.getEnclosedElements())) {
      if (Annotations.find(method, Annotations.FUNCTION_TOOL) == null) {
        continue;
      }
      String name = method.getSimpleName().toString();
      if (seen.putIfAbsent(name, method) != null) {
        report.error(method, ErrorMessages.TOOL_OVERLOADED, toolSet.getQualifiedName(), name);
        overloads.add(method);
      }
    }
    return overloads;
  }

  private ToolModel tool(
      ExecutableElement method, AnnotationMirror annotation, GeneratedNames names, Report report)
      throws AgentValidator.Deferred {
    String methodName = method.getSimpleName().toString();
    boolean ok = true;
    if (method.getModifiers().contains(Modifier.STATIC)) {
      report.error(method, ErrorMessages.TOOL_STATIC, methodName);
      return null;
    }
    if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(method, ErrorMessages.TOOL_NOT_ABSTRACT, methodName);
      return null;
    }
    ToolSignatures.Signature signature = signatures.read(method, annotation, false, report);
    ToolOptionsModel options = options(method, annotation, report);
    if (!ok || signature == null || options == null) {
      return null;
    }
    List<TypeName> thrown = new ArrayList<>();
    for (TypeMirror t : method.getThrownTypes()) {
      thrown.add(TypeName.get(t));
    }
    return new ToolModel(
        method,
        methodName,
        signature.toolName(),
        names.base() + "." + methodName,
        signature.description(),
        signature.schemaJson(),
        signature.strict(),
        signature.params(),
        TypeName.get(method.getReturnType()),
        thrown,
        options);
  }

  private ToolOptionsModel options(
      ExecutableElement method, AnnotationMirror annotation, Report report) {
    boolean ok = true;
    Duration[] durations = new Duration[3];
    String[] members = {"startToCloseTimeout", "scheduleToCloseTimeout", "heartbeatTimeout"};
    for (int i = 0; i < members.length; i++) {
      String text = Annotations.string(annotation, members[i]);
      if (text.isEmpty()) {
        continue;
      }
      durations[i] = Durations.parse(text);
      if (durations[i] == null) {
        AnnotationValue value = Annotations.explicit(annotation, members[i]);
        report.error(method, annotation, value, ErrorMessages.DURATION_INVALID, members[i], text);
        ok = false;
      }
    }
    int attempts = Annotations.integer(annotation, "maximumAttempts");
    if (attempts < 0) {
      report.error(
          method,
          annotation,
          Annotations.explicit(annotation, "maximumAttempts"),
          ErrorMessages.MAXIMUM_ATTEMPTS,
          attempts);
      ok = false;
    }
    String taskQueue = Annotations.string(annotation, "taskQueue");
    boolean local = Annotations.bool(annotation, "localActivity");
    if (local && (durations[2] != null || !taskQueue.isEmpty())) {
      report.error(
          method,
          annotation,
          null,
          ErrorMessages.LOCAL_ACTIVITY_OPTIONS,
          durations[2] != null ? "a heartbeatTimeout" : "a taskQueue");
      ok = false;
    }
    if (ok) {
      ok = ToolTimeouts.consistent(method, annotation, durations, report);
    }
    ApprovalOptions.Read approval = ApprovalOptions.read(method, annotation, report);
    ToolControlsModel toolControls = controls.read(method, annotation, report);
    if (!ok || !approval.ok() || toolControls == null) {
      return null;
    }
    Duration startToClose = durations[0];
    if (startToClose == null && durations[1] == null) {
      startToClose = ToolOptionsModel.DEFAULT_START_TO_CLOSE;
    }
    return new ToolOptionsModel(
        startToClose,
        durations[1],
        durations[2],
        attempts,
        taskQueue.isEmpty() ? null : taskQueue,
        local,
        Annotations.bool(annotation, "failRunOnError"),
        approval.approval(),
        toolControls);
  }
}
