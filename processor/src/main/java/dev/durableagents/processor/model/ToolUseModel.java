package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What happens after an agent's tool calls.
 *
 * @param stopOnFirstTool whether the first tool's result is the final output
 * @param stopAtTools tools whose result is the final output
 * @param custom a {@code ToolsToFinalOutput} class, or {@code null}
 */
public record ToolUseModel(boolean stopOnFirstTool, List<String> stopAtTools, ClassName custom) {

  /** The default: ask the model again. */
  public boolean isDefault() {
    return !stopOnFirstTool && stopAtTools.isEmpty() && custom == null;
  }
}
