package dev.durableagents.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.durableagents.processor.model.ToolControlsModel;

/** The builder calls of a tool's run controls: nothing when it has none. */
final class ToolControlsCode {

  private ToolControlsCode() {}

  /**
   * @param lineEnd what follows each call ({@code "\n"} in a multi-line chain, else nothing)
   */
  static CodeBlock of(ToolControlsModel controls, String lineEnd) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (controls.failureMessage() != null) {
      code.add(
          ".setFailureMessage($T.constant($S))" + lineEnd,
          RuntimeNames.TOOL_ERROR_FORMATTER,
          controls.failureMessage());
    }
    if (controls.isEnabled() != null) {
      code.add(".setIsEnabled(new $T())" + lineEnd, controls.isEnabled());
    }
    for (ClassName guardrail : controls.inputGuardrails()) {
      code.add(".addInputGuardrail(new $T())" + lineEnd, guardrail);
    }
    for (ClassName guardrail : controls.outputGuardrails()) {
      code.add(".addOutputGuardrail(new $T())" + lineEnd, guardrail);
    }
    return code.build();
  }
}
