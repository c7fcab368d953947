package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.OutputModel;
import dev.durableagents.processor.model.RunMethodModel;
import dev.durableagents.processor.model.ToolSetRef;
import dev.durableagents.processor.schema.Accessibility;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.MissingTypeException;
import dev.durableagents.processor.schema.SchemaGenerator;
import dev.durableagents.processor.schema.UnsupportedTypeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Validates an {@code @Agent} interface and builds its model. */
public final class AgentValidator {

  private final Elements elements;
  private final Types types;
  private final SchemaGenerator schemas;
  private final Javadocs javadocs;

  public AgentValidator(Elements elements, Types types, SchemaGenerator schemas, Javadocs javadocs) {
    this.elements = elements;
    this.types = types;
    this.schemas = schemas;
    this.javadocs = javadocs;
  }

  /**
   * Thrown when an agent or tool set refers to a type not generated yet; it is retried next round.
   */
  public static final class Deferred extends Exception {
    private static final long serialVersionUID = 1L;

    Deferred(String what) {
      super(what, null, false, false);
    }
  }

  /** The agent's model, or {@code null} when the report has errors. */
  public AgentModel validate(TypeElement agent, Report report) throws Deferred {
    AnnotationMirror annotation = Annotations.find(agent, Annotations.AGENT);
    if (agent.getKind() != ElementKind.INTERFACE) {
      report.error(agent, annotation, null, ErrorMessages.AGENT_NOT_INTERFACE, agent.getSimpleName());
      return null;
    }
    if (!TypeChecks.isReachable(agent)) {
      report.error(agent, ErrorMessages.NESTED_NOT_STATIC, agent.getQualifiedName());
    } else if (!TypeChecks.isPublic(agent)) {
      report.error(agent, ErrorMessages.AGENT_NOT_PUBLIC, agent.getQualifiedName());
    }
    if (!agent.getTypeParameters().isEmpty()) {
      report.error(agent, ErrorMessages.AGENT_GENERIC, agent.getQualifiedName());
    }
    deferIfUnresolved(agent);
    notSupported(agent, report);

    ExecutableElement run = runMethod(agent, report);
    RunMethodModel runModel = run == null ? null : runMethodModel(run, report);
    OutputModel output = runModel == null ? null : output(run, annotation, report);

    String name = Annotations.string(annotation, "name");
    AnnotationValue nameValue = Annotations.explicit(annotation, "name");
    if (nameValue != null && name.isBlank()) {
      report.error(agent, annotation, nameValue, ErrorMessages.AGENT_NAME_BLANK);
    }
    if (name.isBlank()) {
      name = agent.getSimpleName().toString();
    }
    int maxTurns = Annotations.integer(annotation, "maxTurns");
    if (maxTurns < 1) {
      report.error(
          agent, annotation, Annotations.explicit(annotation, "maxTurns"), ErrorMessages.MAX_TURNS, maxTurns);
    }
    List<ToolSetRef> toolSets = toolSets(agent, annotation, report);
    if (!report.isClean()) {
      return null;
    }
    String description = Annotations.string(annotation, "description");
    if (description.isEmpty()) {
      description = javadocs.description(agent);
    }
    ClassName type = ClassName.get(agent);
    return new AgentModel(
        agent,
        type,
        GeneratedNames.of(type),
        name,
        emptyToNull(Annotations.string(annotation, "instructions")),
        description,
        emptyToNull(Annotations.string(annotation, "model")),
        maxTurns,
        runModel,
        output,
        toolSets);
  }

  private void deferIfUnresolved(TypeElement agent) throws Deferred {
    for (ExecutableElement method : ElementFilter.methodsIn(agent.getEnclosedElements())) {
      for (TypeMirror t : signatureTypes(method)) {
        if (t.getKind() == TypeKind.ERROR) {
          throw new Deferred(method.getSimpleName() + " uses " + t);
        }
      }
    }
  }

  private static List<TypeMirror> signatureTypes(ExecutableElement method) {
    List<TypeMirror> all = new ArrayList<>();
    all.add(method.getReturnType());
    method.getParameters().forEach(p -> all.add(p.asType()));
    return all;
  }

  private void notSupported(TypeElement agent, Report report) {
    for (String feature : List.of(Annotations.HANDOFF, Annotations.HANDOFFS)) {
      AnnotationMirror m = Annotations.find(agent, feature);
      if (m != null) {
        report.error(agent, m, null, ErrorMessages.NOT_SUPPORTED_YET, "@Handoff");
      }
    }
    for (String feature : List.of(Annotations.GUARDRAIL, Annotations.GUARDRAILS)) {
      AnnotationMirror m = Annotations.find(agent, feature);
      if (m != null) {
        report.error(agent, m, null, ErrorMessages.NOT_SUPPORTED_YET, "@Guardrail");
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(agent.getEnclosedElements())) {
      AnnotationMirror tool = Annotations.find(method, Annotations.FUNCTION_TOOL);
      if (tool != null) {
        report.error(
            method,
            tool,
            null,
            ErrorMessages.NOT_SUPPORTED_YET,
            "@FunctionTool on a method of an @Agent interface (an in-workflow tool)");
      }
    }
  }

  private ExecutableElement runMethod(TypeElement agent, Report report) {
    List<ExecutableElement> abstractMethods = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(agent))) {
      Element owner = m.getEnclosingElement();
      if (owner instanceof TypeElement t && t.getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      if (m.getModifiers().contains(Modifier.ABSTRACT)) {
        abstractMethods.add(m);
      }
    }
    if (abstractMethods.isEmpty()) {
      report.error(agent, ErrorMessages.AGENT_NO_RUN_METHOD, agent.getSimpleName());
      return null;
    }
    if (abstractMethods.size() > 1) {
      List<String> names = new ArrayList<>();
      abstractMethods.forEach(m -> names.add(m.getSimpleName() + "()"));
      report.error(
          agent,
          ErrorMessages.AGENT_SEVERAL_RUN_METHODS,
          agent.getSimpleName(),
          abstractMethods.size(),
          String.join(", ", names));
      return null;
    }
    return abstractMethods.get(0);
  }

  private RunMethodModel runMethodModel(ExecutableElement run, Report report) {
    String name = run.getSimpleName().toString();
    boolean ok = true;
    if (run.getParameters().size() != 1) {
      report.error(run, ErrorMessages.RUN_METHOD_PARAMETERS, name, run.getParameters().size());
      ok = false;
    }
    if (run.getReturnType().getKind() == TypeKind.VOID) {
      report.error(run, ErrorMessages.RUN_METHOD_VOID, name);
      ok = false;
    }
    if (!run.getTypeParameters().isEmpty()) {
      report.error(run, ErrorMessages.RUN_METHOD_GENERIC, name);
      ok = false;
    }
    if (ok) {
      TypeElement unreachable = Accessibility.firstUnreachable(run.getParameters().get(0).asType());
      if (unreachable != null) {
        report.error(
            run.getParameters().get(0),
            ErrorMessages.TYPE_NOT_ACCESSIBLE,
            unreachable.getQualifiedName(),
            "the input of " + name + "()",
            Accessibility.problem(unreachable));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return new RunMethodModel(
        name,
        run.getParameters().get(0).getSimpleName().toString(),
        TypeName.get(run.getParameters().get(0).asType()),
        TypeName.get(run.getReturnType()));
  }

  private OutputModel output(ExecutableElement run, AnnotationMirror annotation, Report report)
      throws Deferred {
    TypeMirror type = run.getReturnType();
    TypeName typeName = TypeName.get(type);
    if (isString(type)) {
      return OutputModel.text(typeName);
    }
    boolean strict = Annotations.bool(annotation, "strictOutput");
    SchemaGenerator.OutputSchema schema;
    try {
      schema = schemas.outputSchema(type, strict);
    } catch (MissingTypeException e) {
      throw new Deferred("the output of " + run.getSimpleName() + "(): " + e.getMessage());
    } catch (UnsupportedTypeException e) {
      String what = "the output of " + run.getSimpleName() + "()";
      String path = e.path().isEmpty() ? "(return type)" : e.path();
      if (e.strictOnly()) {
        report.error(
            run,
            ErrorMessages.STRICT_MODE_UNSUPPORTED,
            what,
            path,
            e.getMessage(),
            "@Agent(strictOutput = false)");
      } else {
        report.error(run, ErrorMessages.UNSUPPORTED_TYPE, what, path, e.getMessage());
      }
      return null;
    }
    return new OutputModel(
        typeName.isPrimitive() ? typeName.box() : typeName,
        false,
        schemaName(type),
        schema.schema().toString(),
        strict,
        schema.wrapped(),
        TypeChecks.needsTypeReference(type));
  }

  private List<ToolSetRef> toolSets(TypeElement agent, AnnotationMirror annotation, Report report)
      throws Deferred {
    List<ToolSetRef> refs = new ArrayList<>();
    Map<String, String> toolOwners = new LinkedHashMap<>();
    AnnotationValue toolsValue = Annotations.explicit(annotation, "tools");
    for (TypeMirror t : Annotations.classes(annotation, "tools")) {
      if (t.getKind() == TypeKind.ERROR) {
        throw new Deferred("@Agent(tools) lists " + t);
      }
      TypeElement toolSet = (TypeElement) types.asElement(t);
      if (toolSet == null) {
        report.error(agent, annotation, toolsValue, ErrorMessages.TOOL_NOT_A_TOOL_SET, t);
        continue;
      }
      if (Annotations.find(toolSet, Annotations.AGENT) != null) {
        report.error(
            agent,
            annotation,
            toolsValue,
            ErrorMessages.NOT_SUPPORTED_YET,
            "an @Agent type in @Agent(tools) (agents as tools)");
        continue;
      }
      List<String> toolNames = toolNames(toolSet);
      if (toolSet.getKind() != ElementKind.INTERFACE || toolNames.isEmpty()) {
        report.error(
            agent, annotation, toolsValue, ErrorMessages.TOOL_NOT_A_TOOL_SET, toolSet.getQualifiedName());
        continue;
      }
      for (String toolName : toolNames) {
        String previous = toolOwners.putIfAbsent(toolName, toolSet.getSimpleName().toString());
        if (previous != null && !previous.equals(toolSet.getSimpleName().toString())) {
          report.error(
              agent,
              annotation,
              toolsValue,
              ErrorMessages.TOOL_NAME_DUPLICATE_IN_AGENT,
              agent.getSimpleName(),
              toolName,
              previous,
              toolSet.getSimpleName());
        }
      }
      ClassName type = ClassName.get(toolSet);
      refs.add(new ToolSetRef(type, GeneratedNames.of(type)));
    }
    return refs;
  }

  private static List<String> toolNames(TypeElement toolSet) {
    List<String> names = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(toolSet.getEnclosedElements())) {
      AnnotationMirror tool = Annotations.find(m, Annotations.FUNCTION_TOOL);
      if (tool != null) {
        String name = Annotations.string(tool, "name");
        names.add(name.isEmpty() ? m.getSimpleName().toString() : name);
      }
    }
    return names;
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String");
  }

  private String schemaName(TypeMirror type) {
    String raw =
        type.getKind() == TypeKind.DECLARED
            ? types.asElement(type).getSimpleName().toString()
            : type.toString();
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        raw += "_" + schemaName(arg);
      }
    }
    String name = raw.replaceAll("[^a-zA-Z0-9_-]", "_");
    return name.length() > 64 ? name.substring(0, 64) : name;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
