package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.AgentToolModel;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.GuardrailModel;
import dev.durableagents.processor.model.HandoffModel;
import dev.durableagents.processor.model.HostedToolModel;
import dev.durableagents.processor.model.InWorkflowToolModel;
import dev.durableagents.processor.model.InstructionsModel;
import dev.durableagents.processor.model.McpServerModel;
import dev.durableagents.processor.model.OutputModel;
import dev.durableagents.processor.model.RunMethodModel;
import dev.durableagents.processor.model.SettingsModel;
import dev.durableagents.processor.model.ToolSetRef;
import dev.durableagents.processor.model.ToolUseModel;
import dev.durableagents.processor.schema.Accessibility;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.MissingTypeException;
import dev.durableagents.processor.schema.SchemaGenerator;
import dev.durableagents.processor.schema.UnsupportedTypeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
  private final ClassRefs classes;
  private final HandoffValidator handoffs;
  private final GuardrailValidator guardrails;
  private final AgentToolValidator agentTools;
  private final AgentMethodsValidator methods;
  private final SettingsValidator settings = new SettingsValidator();
  private final HandoffGraph handoffGraph;
  private final HostedToolValidator hostedTools;

  public AgentValidator(
      Elements elements, Types types, SchemaGenerator schemas, Javadocs javadocs) {
    this.elements = elements;
    this.types = types;
    this.schemas = schemas;
    this.javadocs = javadocs;
    this.classes = new ClassRefs(elements, types);
    this.handoffs = new HandoffValidator(classes, schemas);
    this.guardrails = new GuardrailValidator(classes);
    this.agentTools = new AgentToolValidator(classes, javadocs, schemas);
    this.methods = new AgentMethodsValidator(schemas, javadocs, new ToolControls(classes));
    this.handoffGraph = new HandoffGraph(elements, classes);
    this.hostedTools = new HostedToolValidator(classes);
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
      report.error(
          agent, annotation, null, ErrorMessages.AGENT_NOT_INTERFACE, agent.getSimpleName());
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
          agent,
          annotation,
          Annotations.explicit(annotation, "maxTurns"),
          ErrorMessages.MAX_TURNS,
          maxTurns);
    }
    int outputRetries = Annotations.integer(annotation, "outputRetries");
    if (outputRetries < 0) {
      report.error(
          agent,
          annotation,
          Annotations.explicit(annotation, "outputRetries"),
          ErrorMessages.OUTPUT_RETRIES,
          outputRetries);
    }

    ToolNameClaims claims = new ToolNameClaims(agent);
    List<String> toolNames = new ArrayList<>();
    List<ToolSetRef> toolSets = new ArrayList<>();
    List<AgentToolModel> agentToolModels = new ArrayList<>();
    tools(agent, annotation, toolSets, agentToolModels, claims, toolNames, report);
    for (AgentToolValidator.Found found : agentTools.fromAsTools(agent, report)) {
      AgentToolModel tool = found.model();
      agentToolModels.add(tool);
      claims.claim(
          tool.toolName(),
          "@AsTool(agent = " + found.target().getSimpleName() + ".class)",
          "rename it with @AsTool(name = ...)",
          agent,
          found.annotation(),
          null,
          report);
      toolNames.add(tool.toolName());
    }
    List<InWorkflowToolModel> inWorkflowTools = methods.tools(agent, report);
    for (InWorkflowToolModel tool : inWorkflowTools) {
      ExecutableElement method = methodNamed(agent, tool.methodName());
      claims.claim(
          tool.toolName(),
          "in-workflow tool " + tool.methodName() + "()",
          "rename " + tool.methodName() + "() with @FunctionTool(name = ...)",
          method,
          Annotations.find(method, Annotations.FUNCTION_TOOL),
          null,
          report);
      toolNames.add(tool.toolName());
    }

    InstructionsModel instructionsMethod = methods.instructions(agent, report);
    String instructions = emptyToNull(Annotations.string(annotation, "instructions"));
    if (instructionsMethod != null && instructions != null) {
      report.error(
          agent,
          annotation,
          Annotations.explicit(annotation, "instructions"),
          ErrorMessages.INSTRUCTIONS_TWICE,
          agent.getSimpleName());
    }
    List<HandoffModel> handoffModels = handoffs.validate(agent, claims, report);
    List<GuardrailModel> guardrailModels =
        guardrails.validate(agent, run == null ? null : run.getReturnType(), report);
    if (run != null && report.isClean()) {
      handoffGraph.checkOutputs(agent, run.getReturnType(), report);
    }
    SettingsModel settingsModel = settings.validate(agent, toolNames, report);
    ToolUseModel toolUse = toolUse(agent, annotation, toolNames, report);
    ClassName hooks = hooks(agent, annotation, report);
    List<HostedToolModel> hostedToolModels = hostedTools.validate(agent, claims, report);
    List<McpServerModel> mcpServers = McpServerValidator.validate(agent, report);
    NoEffectValidator.validate(
        agent,
        annotation,
        new NoEffectValidator.AgentShape(
            run != null && isString(run.getReturnType()),
            toolNames,
            !handoffModels.isEmpty(),
            !hostedToolModels.isEmpty(),
            !mcpServers.isEmpty()),
        report);
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
        instructions,
        description,
        emptyToNull(Annotations.string(annotation, "model")),
        maxTurns,
        runModel,
        output,
        toolSets,
        agentToolModels,
        inWorkflowTools,
        handoffModels,
        guardrailModels,
        instructionsMethod,
        settingsModel,
        toolUse,
        hooks,
        outputRetries,
        Annotations.bool(annotation, "resetToolChoice"),
        hostedToolModels,
        mcpServers);
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

  private ExecutableElement runMethod(TypeElement agent, Report report) {
    List<ExecutableElement> abstractMethods = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(agent))) {
      Element owner = m.getEnclosingElement();
      if (owner instanceof TypeElement t
          && t.getQualifiedName().contentEquals("java.lang.Object")) {
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

  private void tools(
      TypeElement agent,
      AnnotationMirror annotation,
      List<ToolSetRef> toolSets,
      List<AgentToolModel> agentToolModels,
      ToolNameClaims claims,
      List<String> toolNames,
      Report report)
      throws Deferred {
    AnnotationValue toolsValue = Annotations.explicit(annotation, "tools");
    List<TypeElement> listed = new ArrayList<>();
    for (TypeMirror t : Annotations.classes(annotation, "tools")) {
      if (t.getKind() == TypeKind.ERROR) {
        throw new Deferred("@Agent(tools) lists " + t);
      }
      TypeElement toolSet = (TypeElement) types.asElement(t);
      if (toolSet == null) {
        report.error(agent, annotation, toolsValue, ErrorMessages.TOOL_NOT_A_TOOL_SET, t);
        continue;
      }
      if (listed.contains(toolSet)) {
        report.error(
            agent,
            annotation,
            toolsValue,
            ErrorMessages.TOOL_LISTED_TWICE,
            agent.getSimpleName(),
            toolSet.getQualifiedName());
        continue;
      }
      listed.add(toolSet);
      if (Annotations.find(toolSet, Annotations.AGENT) != null) {
        AgentToolModel tool = agentTools.fromToolsList(agent, annotation, toolSet, report);
        if (tool == null) {
          continue;
        }
        agentToolModels.add(tool);
        claims.claim(
            tool.toolName(),
            "agent " + toolSet.getSimpleName() + " in @Agent(tools)",
            "list it as @AsTool(agent = " + toolSet.getSimpleName() + ".class, name = ...) instead",
            agent,
            annotation,
            toolsValue,
            report);
        toolNames.add(tool.toolName());
        continue;
      }
      List<String> setToolNames = toolNames(toolSet);
      if (toolSet.getKind() != ElementKind.INTERFACE || setToolNames.isEmpty()) {
        report.error(
            agent,
            annotation,
            toolsValue,
            ErrorMessages.TOOL_NOT_A_TOOL_SET,
            toolSet.getQualifiedName());
        continue;
      }
      // A name used twice inside one tool set is reported on the tool set itself.
      for (String toolName : new LinkedHashSet<>(setToolNames)) {
        claims.claim(
            toolName,
            "tool set " + toolSet.getSimpleName(),
            "rename one with @FunctionTool(name = ...)",
            agent,
            annotation,
            toolsValue,
            report);
        toolNames.add(toolName);
      }
      ClassName type = ClassName.get(toolSet);
      toolSets.add(new ToolSetRef(type, GeneratedNames.of(type)));
    }
    for (TypeElement toolSet : listed) {
      if (Annotations.find(toolSet, Annotations.AGENT) != null) {
        continue;
      }
      for (TypeElement parent : superinterfaces(toolSet)) {
        List<String> inherited = toolNames(parent);
        if (!inherited.isEmpty() && !listed.contains(parent)) {
          report.error(
              agent,
              annotation,
              toolsValue,
              ErrorMessages.INHERITED_TOOLS_NOT_LISTED,
              toolSet.getSimpleName(),
              parent.getSimpleName(),
              String.join(", ", inherited),
              parent.getSimpleName(),
              parent.getSimpleName(),
              agent.getSimpleName());
        }
      }
    }
  }

  /** Every interface {@code type} extends, directly or not, in a stable order. */
  private List<TypeElement> superinterfaces(TypeElement type) {
    List<TypeElement> all = new ArrayList<>();
    List<TypeElement> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeElement next = pending.remove(0);
      for (TypeMirror i : next.getInterfaces()) {
        TypeElement parent = (TypeElement) types.asElement(i);
        if (parent != null && !all.contains(parent)) {
          all.add(parent);
          pending.add(parent);
        }
      }
    }
    return all;
  }

  private static ExecutableElement methodNamed(TypeElement type, String name) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (m.getSimpleName().contentEquals(name)) {
        return m;
      }
    }
    throw new IllegalStateException("no method " + name + " in " + type);
  }

  private ToolUseModel toolUse(
      TypeElement agent, AnnotationMirror annotation, List<String> toolNames, Report report) {
    boolean stopOnFirst = Annotations.bool(annotation, "stopOnFirstTool");
    List<String> stopAt = Annotations.strings(annotation, "stopAtTools");
    TypeElement custom = classes.classOf(Annotations.classValue(annotation, "toolsToFinalOutput"));
    int set = (stopOnFirst ? 1 : 0) + (stopAt.isEmpty() ? 0 : 1) + (custom == null ? 0 : 1);
    if (set > 1) {
      report.error(agent, annotation, null, ErrorMessages.TOOL_USE_CONFLICT, agent.getSimpleName());
    }
    for (String tool : stopAt) {
      if (!toolNames.contains(tool)) {
        report.error(
            agent,
            annotation,
            Annotations.explicit(annotation, "stopAtTools"),
            ErrorMessages.UNKNOWN_TOOL,
            tool,
            "@Agent(stopAtTools)",
            agent.getSimpleName(),
            toolNames);
      }
    }
    ClassName customName = null;
    if (custom != null) {
      AnnotationValue value = Annotations.explicit(annotation, "toolsToFinalOutput");
      String iface = ClassRefs.RUNTIME + "ToolUseBehavior.ToolsToFinalOutput";
      if (!classes.implementsInterface(custom, iface)) {
        report.error(
            agent,
            annotation,
            value,
            ErrorMessages.WRONG_KIND,
            custom,
            "Agent",
            "toolsToFinalOutput",
            iface);
      } else if (!classes.isInstantiable(custom)) {
        report.error(
            agent,
            annotation,
            value,
            ErrorMessages.NOT_INSTANTIABLE,
            custom,
            "Agent",
            "toolsToFinalOutput");
      } else {
        customName = ClassName.get(custom);
      }
    }
    return new ToolUseModel(stopOnFirst, stopAt, customName);
  }

  private ClassName hooks(TypeElement agent, AnnotationMirror annotation, Report report) {
    TypeElement hooks = classes.classOf(Annotations.classValue(annotation, "hooks"));
    if (hooks == null) {
      return null;
    }
    AnnotationValue value = Annotations.explicit(annotation, "hooks");
    String iface = ClassRefs.RUNTIME + "AgentHooks";
    if (!classes.implementsInterface(hooks, iface)) {
      report.error(
          agent, annotation, value, ErrorMessages.WRONG_KIND, hooks, "Agent", "hooks", iface);
      return null;
    }
    if (!classes.isInstantiable(hooks)) {
      report.error(
          agent, annotation, value, ErrorMessages.NOT_INSTANTIABLE, hooks, "Agent", "hooks");
      return null;
    }
    return ClassName.get(hooks);
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
