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
 */
public record AgentToolModel(
    GeneratedNames target,
    String toolName,
    String description,
    ClassName outputExtractor,
    boolean needsApproval) {}
