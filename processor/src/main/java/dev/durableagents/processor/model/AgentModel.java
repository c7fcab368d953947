package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Agent} interface, validated: everything the writers need, and nothing they would have
 * to look up in the compiler's model again.
 *
 * @param element the annotated interface
 * @param type the interface's class name
 * @param names the names of the files generated for it
 * @param agentName the name the model and history see
 * @param instructions the system prompt, or {@code null}
 * @param description what the agent does, or {@code null}
 * @param model the model name, or {@code null}
 * @param maxTurns the turn limit
 * @param runMethod the run method
 * @param output the output type
 * @param toolSets the tool sets the agent may call, in declaration order
 * @param agentTools the agents it may call as tools, in declaration order
 * @param inWorkflowTools its tools that run in the workflow, in declaration order
 * @param handoffs its handoffs, in declaration order
 * @param guardrails its guardrails, in declaration order
 * @param instructionsMethod its dynamic instructions, or {@code null}
 * @param settings its model settings, or {@code null}
 * @param toolUse what happens after its tool calls
 * @param hooks its hooks class, or {@code null}
 * @param outputRetries how often an unparsable output is re-asked
 * @param resetToolChoice whether a forced tool choice is reset after tool use
 * @param hostedTools the tools the provider runs itself, in a fixed order
 * @param mcpServers its local MCP servers, in declaration order
 */
public record AgentModel(
    TypeElement element,
    ClassName type,
    GeneratedNames names,
    String agentName,
    String instructions,
    String description,
    String model,
    int maxTurns,
    RunMethodModel runMethod,
    OutputModel output,
    List<ToolSetRef> toolSets,
    List<AgentToolModel> agentTools,
    List<InWorkflowToolModel> inWorkflowTools,
    List<HandoffModel> handoffs,
    List<GuardrailModel> guardrails,
    InstructionsModel instructionsMethod,
    SettingsModel settings,
    ToolUseModel toolUse,
    ClassName hooks,
    int outputRetries,
    boolean resetToolChoice,
    List<HostedToolModel> hostedTools,
    List<McpServerModel> mcpServers) {

  /** Whether the generated definition needs an instance of the agent interface. */
  public boolean needsInstance() {
    return !inWorkflowTools.isEmpty() || instructionsMethod != null;
  }
}
