package dev.durableagents.processor.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Walks the handoff graph from an agent: every agent reachable by handoffs may produce the run's
 * final output, so its output type must be one the entry agent's run method can return.
 */
final class HandoffGraph {

  private final Elements elements;
  private final ClassRefs classes;

  HandoffGraph(Elements elements, ClassRefs classes) {
    this.elements = elements;
    this.classes = classes;
  }

  private record Step(TypeElement agent, String path, AnnotationMirror firstHandoff) {}

  /**
   * Reports, on the entry agent's handoff that leads there, each reachable agent whose output does
   * not fit.
   */
  void checkOutputs(TypeElement entry, TypeMirror entryOutput, Report report) {
    Set<String> visited = new HashSet<>();
    visited.add(entry.getQualifiedName().toString());
    Deque<Step> queue = new ArrayDeque<>();
    for (AnnotationMirror handoff : handoffs(entry)) {
      TypeElement target = target(handoff);
      if (target != null) {
        queue.add(new Step(target, target.getSimpleName().toString(), handoff));
      }
    }
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      if (!visited.add(step.agent().getQualifiedName().toString())) {
        continue;
      }
      TypeMirror output = runMethodReturn(step.agent());
      if (output != null && !classes.isAssignable(output, entryOutput)) {
        report.error(
            entry,
            step.firstHandoff(),
            null,
            ErrorMessages.HANDOFF_OUTPUT_MISMATCH,
            entry.getSimpleName(),
            step.agent().getSimpleName(),
            "via " + entry.getSimpleName() + " -> " + step.path(),
            output,
            entry.getSimpleName(),
            entryOutput);
      }
      for (AnnotationMirror handoff : handoffs(step.agent())) {
        TypeElement next = target(handoff);
        if (next != null) {
          queue.add(
              new Step(next, step.path() + " -> " + next.getSimpleName(), step.firstHandoff()));
        }
      }
    }
  }

  private static List<AnnotationMirror> handoffs(TypeElement agent) {
    return Annotations.repeated(agent, Annotations.HANDOFF, Annotations.HANDOFFS);
  }

  private TypeElement target(AnnotationMirror handoff) {
    TypeElement target = classes.classOf(Annotations.classValue(handoff, "agent"));
    return target != null && Annotations.find(target, Annotations.AGENT) != null ? target : null;
  }

  /** The return type of the agent's single abstract method, or {@code null} if it has not one. */
  private TypeMirror runMethodReturn(TypeElement agent) {
    if (agent.getKind() != ElementKind.INTERFACE) {
      return null;
    }
    List<ExecutableElement> abstractMethods = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(agent))) {
      Element owner = m.getEnclosingElement();
      boolean fromObject =
          owner instanceof TypeElement t && t.getQualifiedName().contentEquals("java.lang.Object");
      if (!fromObject && m.getModifiers().contains(Modifier.ABSTRACT)) {
        abstractMethods.add(m);
      }
    }
    return abstractMethods.size() == 1 ? abstractMethods.get(0).getReturnType() : null;
  }
}
