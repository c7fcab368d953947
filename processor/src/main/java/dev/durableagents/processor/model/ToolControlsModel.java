package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The run controls of a {@code @FunctionTool}: what the model gets when a call fails, and when the
 * tool is offered.
 *
 * @param failureMessage the text the model gets when a call fails, or {@code null} for the default
 * @param isEnabled the {@code IsEnabled} class, or {@code null} for always
 * @param inputGuardrails the {@code ToolInputGuardrail} classes, in order
 * @param outputGuardrails the {@code ToolOutputGuardrail} classes, in order
 */
public record ToolControlsModel(
    String failureMessage,
    ClassName isEnabled,
    List<ClassName> inputGuardrails,
    List<ClassName> outputGuardrails) {

  /** No controls: the defaults. */
  public static final ToolControlsModel NONE =
      new ToolControlsModel(null, null, List.of(), List.of());
}
