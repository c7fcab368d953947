package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * Another agent used as a tool.
 *
 * @param target the names generated for the agent
 * @param toolName the tool's name
 * @param description the tool's description, or {@code null}
 * @param outputExtractor the output extractor class, or {@code null}
 * @param needsApproval whether every call waits for a person's approval
 * @param parametersSchema the JSON schema of a structured input, or {@code null} for {@code
 *     {"input": "..."}}
 * @param maxTurns the nested run's max turns, or 0 for the agent's own
 * @param hooks the nested run's hooks class, or {@code null}
 */
public record AgentToolModel(
    GeneratedNames target,
    String toolName,
    String description,
    ClassName outputExtractor,
    boolean needsApproval,
    String parametersSchema,
    int maxTurns,
    ClassName hooks) {

  /** Whether the tool needs {@code AgentToolOptions} (a structured input or a nested config). */
  public boolean hasOptions() {
    return parametersSchema != null || maxTurns > 0 || hooks != null;
  }
}
