package dev.durableagents.processor.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Finds annotations written where the processor never reads them, which would otherwise be silently
 * ignored: agent annotations on a type without {@code @Agent}, {@code @Param} on a parameter the
 * model never sees, {@code @Instructions} outside an agent. Misplaced {@code @FunctionTool}s are
 * reported by the tool set and agent validators.
 */
public final class PlacementValidator {

  /** Annotations that configure an agent, each with its repeatable container, if any. */
  private static final List<List<String>> AGENT_ANNOTATIONS =
      List.of(
          List.of(Annotations.HANDOFF, Annotations.HANDOFFS),
          List.of(Annotations.GUARDRAIL, Annotations.GUARDRAILS),
          List.of(Annotations.AS_TOOL, Annotations.AS_TOOLS),
          List.of(Annotations.MCP_SERVER, Annotations.MCP_SERVERS),
          List.of(Annotations.HOSTED_MCP, Annotations.HOSTED_MCPS),
          List.of(Annotations.MODEL_SETTINGS),
          List.of(Annotations.WEB_SEARCH),
          List.of(Annotations.FILE_SEARCH),
          List.of(Annotations.CODE_INTERPRETER),
          List.of(Annotations.IMAGE_GENERATION));

  private final Elements elements;

  public PlacementValidator(Elements elements) {
    this.elements = elements;
  }

  /**
   * Reports the misplaced annotations of the round's elements; {@code present} names the annotation
   * types the round's sources carry (those javac passes to {@code process}), so that the round is
   * scanned only for those.
   */
  public void validate(RoundEnvironment round, Set<String> present, Report report) {
    for (List<String> kinds : AGENT_ANNOTATIONS) {
      for (Element element : annotatedWith(round, present, kinds)) {
        if (Annotations.find(element, Annotations.AGENT) == null) {
          AnnotationMirror mirror = Annotations.find(element, kinds.get(0));
          if (mirror == null) {
            mirror = Annotations.find(element, kinds.get(kinds.size() - 1));
          }
          String simple = simpleName(kinds.get(0));
          report.error(
              element,
              mirror,
              null,
              ErrorMessages.NOT_ON_AN_AGENT,
              simple,
              element.getSimpleName(),
              element.getSimpleName(),
              simple);
        }
      }
    }
    for (Element element : annotatedWith(round, present, List.of(Annotations.PARAM))) {
      param((VariableElement) element, report);
    }
    for (Element element : annotatedWith(round, present, List.of(Annotations.INSTRUCTIONS))) {
      Element owner = element.getEnclosingElement();
      if (Annotations.find(owner, Annotations.AGENT) == null) {
        report.error(
            element,
            Annotations.find(element, Annotations.INSTRUCTIONS),
            null,
            ErrorMessages.INSTRUCTIONS_NOT_ON_AGENT,
            owner.getSimpleName(),
            element.getSimpleName());
      }
    }
  }

  private static void param(VariableElement parameter, Report report) {
    AnnotationMirror mirror = Annotations.find(parameter, Annotations.PARAM);
    Element method = parameter.getEnclosingElement();
    String methodName =
        method instanceof ExecutableElement e
            ? e.getEnclosingElement().getSimpleName() + "." + e.getSimpleName() + "()"
            : String.valueOf(method);
    if (Annotations.find(method, Annotations.FUNCTION_TOOL) == null) {
      report.error(
          parameter,
          mirror,
          null,
          ErrorMessages.PARAM_NOT_ON_TOOL,
          parameter.getSimpleName(),
          methodName);
    } else if (Annotations.find(method.getEnclosingElement(), Annotations.AGENT) != null
        && AgentMethodsValidator.isRunContext(parameter.asType())) {
      report.error(
          parameter, mirror, null, ErrorMessages.PARAM_ON_RUN_CONTEXT, parameter.getSimpleName());
    }
  }

  /** The elements annotated with any of {@code annotationTypes}, in the round's order. */
  private Set<Element> annotatedWith(
      RoundEnvironment round, Set<String> present, List<String> annotationTypes) {
    Set<Element> found = new LinkedHashSet<>();
    for (String name : annotationTypes) {
      TypeElement type = present.contains(name) ? elements.getTypeElement(name) : null;
      if (type != null) {
        found.addAll(round.getElementsAnnotatedWith(type));
      }
    }
    return found;
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
