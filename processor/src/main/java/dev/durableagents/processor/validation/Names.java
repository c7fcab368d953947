package dev.durableagents.processor.validation;

import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Names the model sees, made at compile time the way the runtime makes them at run time ({@code
 * dev.durableagents.runtime.internal.Names}; a test keeps the two in agreement).
 */
public final class Names {

  private Names() {}

  /** {@code "Spanish Agent"} and {@code "SpanishAgent"} become {@code "spanish_agent"}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean boundary =
            Character.isUpperCase(c)
                && (Character.isLowerCase(previous) || Character.isDigit(previous));
        if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      previous = c;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') {
      end--;
    }
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** The name an {@code @Agent} interface gives its agent: {@code @Agent(name)}, else its simple name. */
  public static String agentName(TypeElement agent) {
    AnnotationMirror annotation = Annotations.find(agent, Annotations.AGENT);
    String name = annotation == null ? "" : Annotations.string(annotation, "name");
    return name.isBlank() ? agent.getSimpleName().toString() : name;
  }
}
