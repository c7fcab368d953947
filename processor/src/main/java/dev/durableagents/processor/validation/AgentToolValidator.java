package dev.durableagents.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.durableagents.annotations.ToolNames;
import dev.durableagents.processor.model.AgentToolModel;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.schema.Javadocs;
import dev.durableagents.processor.schema.SchemaGenerator;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Validates the agents an agent uses as tools: {@code @Agent} types in {@code @Agent(tools)}, with
 * default names, and {@code @AsTool}s.
 */
final class AgentToolValidator {

  private static final String FUNCTION = "java.util.function.Function";

  private final ClassRefs classes;
  private final Javadocs javadocs;

  private final AsToolRunOptions runOptions;

  AgentToolValidator(ClassRefs classes, Javadocs javadocs, SchemaGenerator schemas) {
    this.classes = classes;
    this.javadocs = javadocs;
    this.runOptions = new AsToolRunOptions(classes, schemas);
  }

  /**
   * An {@code @AsTool} that is valid, with where it was written.
   *
   * @param model the agent tool
   * @param annotation the {@code @AsTool}
   * @param target the agent used as a tool
   */
  record Found(AgentToolModel model, AnnotationMirror annotation, TypeElement target) {}

  /**
   * The agent tool for an {@code @Agent} type listed in {@code @Agent(tools)}, or {@code null} when
   * the name made from the agent's name is not a valid tool name.
   */
  AgentToolModel fromToolsList(
      TypeElement agent, AnnotationMirror annotation, TypeElement target, Report report) {
    String name = Names.agentName(target);
    String toolName = ToolNames.snakeCase(name);
    if (!ToolSetValidator.TOOL_NAME.matcher(toolName).matches()) {
      report.error(
          agent,
          annotation,
          Annotations.explicit(annotation, "tools"),
          ErrorMessages.DERIVED_TOOL_NAME_INVALID,
          toolName,
          name,
          "list it as @AsTool(agent = " + target.getSimpleName() + ".class, name = ...) instead");
      return null;
    }
    return new AgentToolModel(
        GeneratedNames.of(ClassName.get(target)),
        toolName,
        description(target),
        null,
        false,
        null,
        0,
        null);
  }

  /** The agent tools of the {@code @AsTool}s on {@code agent}. */
  List<Found> fromAsTools(TypeElement agent, Report report) throws AgentValidator.Deferred {
    List<Found> tools = new ArrayList<>();
    for (AnnotationMirror asTool :
        Annotations.repeated(agent, Annotations.AS_TOOL, Annotations.AS_TOOLS)) {
      TypeMirror targetType = Annotations.classValue(asTool, "agent");
      if (targetType == null || targetType.getKind() == TypeKind.ERROR) {
        throw new AgentValidator.Deferred("@AsTool(agent) names " + targetType);
      }
      TypeElement target = classes.classOf(targetType);
      if (target == null
          || target.getKind() != ElementKind.INTERFACE
          || Annotations.find(target, Annotations.AGENT) == null) {
        report.error(
            agent,
            asTool,
            Annotations.explicit(asTool, "agent"),
            ErrorMessages.AS_TOOL_NOT_AGENT,
            targetType);
        continue;
      }
      String name = Annotations.string(asTool, "name");
      if (name.isEmpty()) {
        name = ToolNames.snakeCase(Names.agentName(target));
        if (!ToolSetValidator.TOOL_NAME.matcher(name).matches()) {
          report.error(
              agent,
              asTool,
              Annotations.explicit(asTool, "agent"),
              ErrorMessages.DERIVED_TOOL_NAME_INVALID,
              name,
              Names.agentName(target),
              "name the tool with @AsTool(name = ...)");
          continue;
        }
      } else if (!ToolSetValidator.TOOL_NAME.matcher(name).matches()) {
        report.error(
            agent,
            asTool,
            Annotations.explicit(asTool, "name"),
            ErrorMessages.TOOL_NAME_INVALID,
            name);
        continue;
      }
      String description = Annotations.string(asTool, "description");
      ClassName extractor = null;
      TypeElement extractorType =
          classes.classOf(Annotations.classValue(asTool, "outputExtractor"));
      if (extractorType != null) {
        AnnotationValue value = Annotations.explicit(asTool, "outputExtractor");
        if (!classes.implementsInterface(extractorType, FUNCTION)) {
          report.error(
              agent,
              asTool,
              value,
              ErrorMessages.WRONG_KIND,
              extractorType,
              "AsTool",
              "outputExtractor",
              "java.util.function.Function<RunResult<?>, String>");
          continue;
        }
        if (!classes.isInstantiable(extractorType)) {
          report.error(
              agent,
              asTool,
              value,
              ErrorMessages.NOT_INSTANTIABLE,
              extractorType,
              "AsTool",
              "outputExtractor");
          continue;
        }
        extractor = ClassName.get(extractorType);
      }
      AsToolRunOptions.Options options = runOptions.read(agent, asTool, target, report);
      if (options == null) {
        continue;
      }
      tools.add(
          new Found(
              new AgentToolModel(
                  GeneratedNames.of(ClassName.get(target)),
                  name,
                  description.isEmpty() ? description(target) : description,
                  extractor,
                  Annotations.bool(asTool, "needsApproval"),
                  options.parametersSchema(),
                  options.maxTurns(),
                  options.hooks()),
              asTool,
              target));
    }
    return tools;
  }

  private String description(TypeElement target) {
    AnnotationMirror annotation = Annotations.find(target, Annotations.AGENT);
    String description = annotation == null ? "" : Annotations.string(annotation, "description");
    return description.isEmpty() ? javadocs.description(target) : description;
  }
}
