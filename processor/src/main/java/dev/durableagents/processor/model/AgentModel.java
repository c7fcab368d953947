package dev.durableagents.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
    List<ToolSetRef> toolSets) {}
