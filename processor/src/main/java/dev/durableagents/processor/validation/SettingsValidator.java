package dev.durableagents.processor.validation;

import dev.durableagents.processor.model.SettingsModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Validates an agent's {@code @ModelSettings} against what the model accepts and its tools. */
final class SettingsValidator {

  private static final Set<String> EFFORTS = Set.of("minimal", "low", "medium", "high");
  private static final Set<String> SUMMARIES = Set.of("auto", "concise", "detailed");

  /**
   * @param toolNames the agent's tool names, which a named tool choice must be one of
   * @return the settings, or {@code null} when there are none or they have errors
   */
  SettingsModel validate(TypeElement agent, List<String> toolNames, Report report) {
    AnnotationMirror settings = Annotations.find(agent, Annotations.MODEL_SETTINGS);
    if (settings == null) {
      return null;
    }
    boolean ok = true;
    Double temperature = unsetIfNaN(Annotations.decimal(settings, "temperature"));
    if (temperature != null && (temperature < 0 || temperature > 2)) {
      ok = error(agent, settings, report, "temperature", temperature, "must be between 0 and 2");
    }
    Double topP = unsetIfNaN(Annotations.decimal(settings, "topP"));
    if (topP != null && (topP <= 0 || topP > 1)) {
      ok = error(agent, settings, report, "topP", topP, "must be above 0 and at most 1");
    }
    int maxTokensValue = Annotations.integer(settings, "maxTokens");
    Integer maxTokens = maxTokensValue == 0 ? null : maxTokensValue;
    if (maxTokensValue < 0) {
      ok = error(agent, settings, report, "maxTokens", maxTokensValue, "must be at least 1");
    }
    String toolChoice = emptyToNull(Annotations.string(settings, "toolChoice"));
    if (toolChoice != null
        && !Set.of("auto", "required", "none").contains(toolChoice)
        && !toolNames.contains(toolChoice)) {
      report.error(
          agent,
          settings,
          Annotations.explicit(settings, "toolChoice"),
          ErrorMessages.UNKNOWN_TOOL,
          toolChoice,
          "@ModelSettings(toolChoice)",
          agent.getSimpleName(),
          toolNames);
      ok = false;
    }
    String effort = emptyToNull(Annotations.string(settings, "reasoningEffort"));
    if (effort != null && !EFFORTS.contains(effort)) {
      ok =
          error(
              agent,
              settings,
              report,
              "reasoningEffort",
              "\"" + effort + "\"",
              "must be \"minimal\", \"low\", \"medium\" or \"high\"");
    }
    String summary = emptyToNull(Annotations.string(settings, "reasoningSummary"));
    if (summary != null && !SUMMARIES.contains(summary)) {
      ok =
          error(
              agent,
              settings,
              report,
              "reasoningSummary",
              "\"" + summary + "\"",
              "must be \"auto\", \"concise\" or \"detailed\"");
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (String pair : Annotations.strings(settings, "metadata")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        ok =
            error(agent, settings, report, "metadata", "\"" + pair + "\"", "must be \"key=value\"");
      } else if (metadata.containsKey(pair.substring(0, eq))) {
        ok =
            error(
                agent,
                settings,
                report,
                "metadata",
                "\"" + pair + "\"",
                "repeats key '" + pair.substring(0, eq) + "'; give each key once");
      } else {
        metadata.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    String toggle = Annotations.enumName(settings, "parallelToolCalls");
    Boolean parallel = toggle.equals("DEFAULT") ? null : toggle.equals("ON");
    if (!ok) {
      return null;
    }
    return new SettingsModel(
        temperature,
        topP,
        maxTokens,
        toolChoice,
        parallel,
        effort,
        metadata.isEmpty() ? null : metadata,
        summary);
  }

  private static boolean error(
      TypeElement agent,
      AnnotationMirror settings,
      Report report,
      String member,
      Object value,
      String problem) {
    report.error(
        agent,
        settings,
        Annotations.explicit(settings, member),
        ErrorMessages.MODEL_SETTING_INVALID,
        member,
        value,
        problem);
    return false;
  }

  private static Double unsetIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
