package dev.durableagents.processor.validation;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** The names of agents, as the processor reads them from their annotations. */
public final class Names {

  private Names() {}

  /**
   * The name an {@code @Agent} interface gives its agent: {@code @Agent(name)}, else its simple
   * name.
   */
  public static String agentName(TypeElement agent) {
    AnnotationMirror annotation = Annotations.find(agent, Annotations.AGENT);
    String name = annotation == null ? "" : Annotations.string(annotation, "name");
    return name.isBlank() ? agent.getSimpleName().toString() : name;
  }
}
