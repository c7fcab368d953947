package dev.durableagents.processor.model;

import java.util.List;

/**
 * A {@code @FunctionTool} default method of an {@code @Agent} interface: a tool that runs in the
 * workflow.
 *
 * @param methodName the method's name
 * @param toolName the name the model sees
 * @param description what it does, or {@code null}
 * @param schemaJson the JSON schema of its arguments (context parameters left out)
 * @param strict whether the schema is sent in strict mode
 * @param params its parameters, in order, context parameters included
 * @param returnsVoid whether it returns nothing
 * @param failRunOnError whether a throw fails the run
 * @param approval how every call waits for a person's approval, or {@code null} when none does
 * @param controls its failure message and when it is enabled
 */
public record InWorkflowToolModel(
    String methodName,
    String toolName,
    String description,
    String schemaJson,
    boolean strict,
    List<ParamModel> params,
    boolean returnsVoid,
    boolean failRunOnError,
    ApprovalModel approval,
    ToolControlsModel controls) {

  /** Whether a parameter receives the run context through an unchecked cast. */
  public boolean castsContext() {
    return params.stream().anyMatch(p -> p.injected() && p.generic());
  }
}
