package dev.durableagents.processor.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The names of all of an agent's tools as the model sees them, whatever made them: function tools
 * of its tool sets, in-workflow tools, agents used as tools, handoff tools and hosted tools. The
 * model calls a tool by name alone, so two tools with one name are an error, reported on the one
 * claimed second with a hint on how to rename one of them.
 */
final class ToolNameClaims {

  /**
   * Who claims a tool name.
   *
   * @param owner what it is, e.g. {@code "tool set WeatherTools"}
   * @param rename how to give it another name, or {@code null} when its name is fixed
   */
  private record Claim(String owner, String rename) {}

  private final TypeElement agent;
  private final Map<String, Claim> claims = new LinkedHashMap<>();

  ToolNameClaims(TypeElement agent) {
    this.agent = agent;
  }

  /**
   * Claims {@code toolName} for {@code owner}, reporting a clash on {@code element} (and the
   * annotation and value, when not {@code null}).
   *
   * @return whether the name was free
   */
  boolean claim(
      String toolName,
      String owner,
      String rename,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Report report) {
    Claim previous = claims.putIfAbsent(toolName, new Claim(owner, rename));
    if (previous == null) {
      return true;
    }
    String hint =
        rename != null
            ? rename
            : previous.rename() != null ? previous.rename() : "remove one of them";
    report.error(
        element,
        annotation,
        value,
        ErrorMessages.TOOL_NAME_DUPLICATE_IN_AGENT,
        agent.getSimpleName(),
        toolName,
        previous.owner(),
        owner,
        hint);
    return false;
  }
}
