package dev.durableagents.processor.validation;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Agent settings that compile but could never take effect, or that the model API would reject: each
 * is a mistake a user otherwise meets only at run time, or never notices.
 */
final class NoEffectValidator {

  private NoEffectValidator() {}

  /** What the agent has, as the other validators found it. */
  record AgentShape(
      boolean textOutput,
      List<String> functionToolNames,
      boolean hasHandoffs,
      boolean hasHostedTools,
      boolean hasMcpServers) {

    boolean hasFunctionTools() {
      return !functionToolNames.isEmpty() || hasMcpServers;
    }

    boolean hasAnyTool() {
      return hasFunctionTools() || hasHandoffs || hasHostedTools;
    }
  }

  static void validate(
      TypeElement agent, AnnotationMirror annotation, AgentShape shape, Report report) {
    AnnotationValue model = Annotations.explicit(annotation, "model");
    if (model != null && Annotations.string(annotation, "model").isBlank()) {
      report.error(agent, annotation, model, ErrorMessages.AGENT_MODEL_BLANK);
    }
    if (!shape.hasFunctionTools()) {
      for (String member : List.of("stopOnFirstTool", "toolsToFinalOutput")) {
        AnnotationValue value = Annotations.explicit(annotation, member);
        if (value != null && !"false".equals(String.valueOf(value.getValue()))) {
          report.error(
              agent,
              annotation,
              value,
              ErrorMessages.TOOL_USE_WITHOUT_TOOLS,
              member,
              agent.getSimpleName());
        }
      }
    }
    if (shape.textOutput()) {
      AnnotationValue strict = Annotations.explicit(annotation, "strictOutput");
      if (strict != null && !Annotations.bool(annotation, "strictOutput")) {
        report.error(
            agent,
            annotation,
            strict,
            ErrorMessages.TEXT_OUTPUT_SETTING,
            "strictOutput = false",
            agent.getSimpleName());
      }
      AnnotationValue retries = Annotations.explicit(annotation, "outputRetries");
      if (retries != null && Annotations.integer(annotation, "outputRetries") > 0) {
        report.error(
            agent,
            annotation,
            retries,
            ErrorMessages.TEXT_OUTPUT_SETTING,
            "outputRetries = " + Annotations.integer(annotation, "outputRetries"),
            agent.getSimpleName());
      }
    }
    AnnotationMirror settings = Annotations.find(agent, Annotations.MODEL_SETTINGS);
    String choice = settings == null ? "" : Annotations.string(settings, "toolChoice");
    if (settings != null && !shape.hasAnyTool()) {
      AnnotationValue choiceValue = Annotations.explicit(settings, "toolChoice");
      // A tool's name there is reported as an unknown tool already.
      boolean keyword = choice.equals("auto") || choice.equals("required") || choice.equals("none");
      if (choiceValue != null && keyword) {
        report.error(
            agent,
            settings,
            choiceValue,
            ErrorMessages.TOOL_SETTING_WITHOUT_TOOLS,
            "toolChoice = \"" + choice + "\"",
            agent.getSimpleName());
      }
      AnnotationValue parallel = Annotations.explicit(settings, "parallelToolCalls");
      if (parallel != null
          && !Annotations.enumName(settings, "parallelToolCalls").equals("DEFAULT")) {
        report.error(
            agent,
            settings,
            parallel,
            ErrorMessages.TOOL_SETTING_WITHOUT_TOOLS,
            "parallelToolCalls = " + Annotations.enumName(settings, "parallelToolCalls"),
            agent.getSimpleName());
      }
    }
    AnnotationValue reset = Annotations.explicit(annotation, "resetToolChoice");
    boolean forced = !choice.isEmpty() && !choice.equals("auto") && !choice.equals("none");
    if (reset != null && !Annotations.bool(annotation, "resetToolChoice") && !forced) {
      report.error(
          agent, annotation, reset, ErrorMessages.RESET_TOOL_CHOICE_UNUSED, agent.getSimpleName());
    }
  }
}
