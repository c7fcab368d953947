package dev.durableagents.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.AgentToolModel;
import dev.durableagents.processor.model.GuardrailModel;
import dev.durableagents.processor.model.HandoffModel;
import dev.durableagents.processor.model.HostedToolModel;
import dev.durableagents.processor.model.InWorkflowToolModel;
import dev.durableagents.processor.model.InstructionsModel;
import dev.durableagents.processor.model.McpServerModel;
import dev.durableagents.processor.model.OutputModel;
import dev.durableagents.processor.model.RunMethodModel;
import dev.durableagents.processor.model.SettingsModel;
import dev.durableagents.processor.model.ToolSetRef;
import dev.durableagents.processor.model.ToolUseModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooDefinition}: the agent's run-time definition, built once, and the invokers of
 * its in-workflow tools. Handoff targets and agent tools are referred to through method references,
 * resolved when the run needs them, so agents may refer to each other in cycles.
 */
public final class AgentDefinitionWriter {

  private static final String INSTANCE = "INSTANCE";

  private final SourceWriter out;

  public AgentDefinitionWriter(SourceWriter out) {
    this.out = out;
  }

  public void write(AgentModel agent) {
    TypeSpec.Builder type =
        out.annotate(TypeSpec.classBuilder(agent.names().definition()))
            .addOriginatingElement(agent.element())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The run-time definition of agent {@link $T}, as {@code Runner.run} uses it.\n",
                agent.type());
    OutputModel output = agent.output();
    if (!output.text()) {
      type.addField(
          FieldSpec.builder(
                  String.class, "OUTPUT_SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The JSON schema of the agent's output, as the model receives it.\n")
              .initializer("$S", output.schemaJson())
              .build());
    }
    for (InWorkflowToolModel tool : agent.inWorkflowTools()) {
      type.addField(
          FieldSpec.builder(
                  String.class,
                  schemaConstant(tool),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The JSON schema of the arguments of tool {@code $L}.\n", tool.toolName())
              .initializer("$S", tool.schemaJson())
              .build());
    }
    for (HandoffModel handoff : agent.handoffs()) {
      if (handoff.onHandoffSchema() != null) {
        type.addField(
            FieldSpec.builder(
                    String.class,
                    handoffSchemaConstant(handoff),
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc(
                    "The JSON schema of the input of the handoff to {@code $L}.\n",
                    handoff.target().base())
                .initializer("$S", handoff.onHandoffSchema())
                .build());
      }
    }
    if (agent.needsInstance()) {
      // Must come before DEFINITION: static fields initialize in order.
      type.addField(
          FieldSpec.builder(
                  agent.type(), INSTANCE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "Calls the interface's default methods (in-workflow tools, instructions).\n")
              .initializer("$L", instance(agent))
              .build());
    }
    FieldSpec.Builder definition =
        FieldSpec.builder(
                RuntimeNames.AGENT_DEFINITION,
                "DEFINITION",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(definition(agent));
    if (agent.instructionsMethod() != null && agent.instructionsMethod().castsContext()) {
      definition.addAnnotation(unchecked());
    }
    type.addField(definition.build());
    type.addStaticBlock(
        CodeBlock.of(
            "$T.register($T.class, DEFINITION);\n", RuntimeNames.AGENT_REGISTRY, agent.type()));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.methodBuilder("definition")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(RuntimeNames.AGENT_DEFINITION)
            .addJavadoc("The definition; derive variants with {@code toBuilder()}.\n")
            .addStatement("return DEFINITION")
            .build());
    for (InWorkflowToolModel tool : agent.inWorkflowTools()) {
      type.addMethod(invoker(tool));
    }
    out.write(agent.type().packageName(), type.build());
  }

  private static TypeSpec instance(AgentModel agent) {
    RunMethodModel run = agent.runMethod();
    MethodSpec runMethod =
        MethodSpec.methodBuilder(run.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(run.parameterType(), run.parameterName())
            .returns(run.returnType())
            .addStatement(
                "throw new $T($S)",
                UnsupportedOperationException.class,
                "Run the agent with Runner.run(" + agent.type().simpleName() + ".class, input)")
            .build();
    return TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(agent.type())
        .addMethod(runMethod)
        .build();
  }

  private CodeBlock definition(AgentModel agent) {
    ClassName self = agent.names().definition();
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("$T.newBuilder($S)\n", RuntimeNames.AGENT_DEFINITION, agent.agentName())
        .indent()
        .indent();
    if (agent.instructions() != null) {
      code.add(".setInstructions($S)\n", agent.instructions());
    }
    if (agent.instructionsMethod() != null) {
      code.add(".setInstructions($L)\n", instructionsLambda(agent.instructionsMethod()));
    }
    if (agent.description() != null) {
      code.add(".setDescription($S)\n", agent.description());
    }
    if (agent.model() != null) {
      code.add(".setModel($S)\n", agent.model());
    }
    if (agent.settings() != null) {
      code.add(".setModelSettings($L)\n", settings(agent.settings()));
    }
    for (ToolSetRef toolSet : agent.toolSets()) {
      code.add(".addTools($T.tools())\n", toolSet.names().definition());
    }
    for (AgentToolModel tool : agent.agentTools()) {
      if (tool.hasOptions()) {
        code.add(
            ".addTool($T.of($T::definition, $L)$L)\n",
            RuntimeNames.AGENT_TOOLS,
            tool.target().definition(),
            agentToolOptions(tool),
            tool.needsApproval() ? CodeBlock.of(".withNeedsApproval(true)") : CodeBlock.of(""));
        continue;
      }
      code.add(
          ".addTool($T.of($T::definition, $S, $S, $L)$L)\n",
          RuntimeNames.AGENT_TOOLS,
          tool.target().definition(),
          tool.toolName(),
          tool.description(),
          tool.outputExtractor() == null
              ? CodeBlock.of("null")
              : CodeBlock.of("new $T()", tool.outputExtractor()),
          tool.needsApproval() ? CodeBlock.of(".withNeedsApproval(true)") : CodeBlock.of(""));
    }
    for (InWorkflowToolModel tool : agent.inWorkflowTools()) {
      code.add(".addTool($L)\n", inWorkflowTool(self, tool));
    }
    for (HostedToolModel tool : agent.hostedTools()) {
      if (tool instanceof HostedToolModel.Mcp mcp && mcp.approval() != null) {
        code.add(".addHostedTool($L, new $T())\n", HostedToolCode.of(tool), mcp.approval());
      } else {
        code.add(".addHostedTool($L)\n", HostedToolCode.of(tool));
      }
    }
    for (McpServerModel server : agent.mcpServers()) {
      if (server.needsApproval()) {
        code.add(".addMcpServer($S, $T.always())\n", server.name(), RuntimeNames.APPROVAL_POLICY);
      } else {
        code.add(".addMcpServer($S)\n", server.name());
      }
    }
    for (HandoffModel handoff : agent.handoffs()) {
      code.add(".addHandoff($L)\n", handoff(handoff));
    }
    for (GuardrailModel guardrail : agent.guardrails()) {
      if (guardrail.blocking()) {
        code.add(
            ".addInputGuardrail($T.blocking(new $T()))\n",
            RuntimeNames.INPUT_GUARDRAIL,
            guardrail.type());
      } else {
        code.add(
            guardrail.input()
                ? ".addInputGuardrail(new $T())\n"
                : ".addOutputGuardrail(new $T())\n",
            guardrail.type());
      }
    }
    code.add(".setOutputType($L)\n", outputType(agent.output()));
    if (agent.outputRetries() > 0) {
      code.add(".setOutputRetries($L)\n", agent.outputRetries());
    }
    ToolUseModel toolUse = agent.toolUse();
    if (!toolUse.isDefault()) {
      code.add(".setToolUseBehavior($L)\n", toolUse(toolUse));
    }
    if (!agent.resetToolChoice()) {
      code.add(".setResetToolChoice(false)\n");
    }
    if (agent.hooks() != null) {
      code.add(".setHooks(new $T())\n", agent.hooks());
    }
    code.add(".setMaxTurns($L)\n", agent.maxTurns());
    code.add(".build()").unindent().unindent();
    return code.build();
  }

  private static CodeBlock instructionsLambda(InstructionsModel method) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < method.arguments().size(); i++) {
      String argument = method.arguments().get(i);
      if (i > 0) {
        args.add(", ");
      }
      if (argument.equals("context") && method.castsContext()) {
        args.add("($T) context", method.contextType());
      } else {
        args.add("$N", argument);
      }
    }
    return CodeBlock.of(
        "(context, agent) -> $N.$N($L)", INSTANCE, method.methodName(), args.build());
  }

  private static CodeBlock settings(SettingsModel s) {
    CodeBlock metadata;
    if (s.metadata() == null) {
      metadata = CodeBlock.of("null");
    } else {
      CodeBlock.Builder entries = CodeBlock.builder().add("$T.of(", Map.class);
      boolean first = true;
      for (Map.Entry<String, String> e : s.metadata().entrySet()) {
        entries.add(first ? "$S, $S" : ", $S, $S", e.getKey(), e.getValue());
        first = false;
      }
      metadata = entries.add(")").build();
    }
    return CodeBlock.of(
        "new $T($L, $L, $L, $L, $L, $L, $L, $L)",
        RuntimeNames.MODEL_SETTINGS,
        s.temperature() == null ? "null" : s.temperature(),
        s.topP() == null ? "null" : s.topP(),
        s.maxTokens() == null ? "null" : s.maxTokens(),
        s.toolChoice() == null ? CodeBlock.of("null") : CodeBlock.of("$S", s.toolChoice()),
        s.parallelToolCalls() == null ? "null" : s.parallelToolCalls(),
        s.reasoningEffort() == null
            ? CodeBlock.of("null")
            : CodeBlock.of("$S", s.reasoningEffort()),
        metadata,
        s.reasoningSummary() == null
            ? CodeBlock.of("null")
            : CodeBlock.of("$S", s.reasoningSummary()));
  }

  /** The {@code AgentToolOptions} of an agent tool with a structured input or a nested config. */
  private static CodeBlock agentToolOptions(AgentToolModel tool) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.newBuilder().setToolName($S)",
                RuntimeNames.AGENT_TOOL_OPTIONS,
                tool.toolName());
    if (tool.description() != null) {
      code.add(".setDescription($S)", tool.description());
    }
    if (tool.outputExtractor() != null) {
      code.add(".setOutputExtractor(new $T())", tool.outputExtractor());
    }
    if (tool.parametersSchema() != null) {
      code.add(".setParametersSchema($S)", tool.parametersSchema());
    }
    if (tool.maxTurns() > 0 || tool.hooks() != null) {
      code.add(".setRunConfig($T.newBuilder()", RuntimeNames.RUN_CONFIG);
      if (tool.maxTurns() > 0) {
        code.add(".setMaxTurns($L)", tool.maxTurns());
      }
      if (tool.hooks() != null) {
        code.add(".setHooks(new $T())", tool.hooks());
      }
      code.add(".build())");
    }
    return code.add(".build()").build();
  }

  private static CodeBlock inWorkflowTool(ClassName self, InWorkflowToolModel tool) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$T.newBuilder($S)", RuntimeNames.FUNCTION_TOOL_DEFINITION, tool.toolName());
    if (tool.description() != null) {
      code.add(".setDescription($S)", tool.description());
    }
    code.add(".setParametersSchema($N)", schemaConstant(tool));
    code.add(".setStrict($L)", tool.strict());
    if (tool.failRunOnError()) {
      code.add(".setFailRunOnError(true)");
    }
    if (tool.approval() != null) {
      code.add(ApprovalCode.of(tool.approval()));
    }
    code.add(ToolControlsCode.of(tool.controls(), ""));
    code.add(".setInvoker($T::$N)", self, invokerName(tool));
    return code.add(".build()").build();
  }

  private static MethodSpec invoker(InWorkflowToolModel tool) {
    String call = ToolArgumentsCode.callParameter(tool.params());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(invokerName(tool))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(RuntimeNames.TOOL_CALL, call)
            .returns(
                ParameterizedTypeName.get(
                    RuntimeNames.PROMISE, WildcardTypeName.subtypeOf(Object.class)));
    if (tool.castsContext()) {
      method.addAnnotation(unchecked());
    }
    List<String> args = ToolArgumentsCode.readArguments(method, call, tool.params());
    // A workflow thread of its own, so that a tool that blocks (Workflow.sleep) does not stop the
    // other calls of the same turn.
    method.addStatement(
        "return $T.$N(() -> $N.$N($L))",
        RuntimeNames.ASYNC,
        tool.returnsVoid() ? "procedure" : "function",
        INSTANCE,
        tool.methodName(),
        String.join(", ", args));
    return method.build();
  }

  private static CodeBlock handoff(HandoffModel handoff) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.newBuilder($T::definition)",
                RuntimeNames.HANDOFF_DEFINITION,
                handoff.target().definition());
    if (handoff.toolName() != null) {
      code.add(".setToolName($S)", handoff.toolName());
    }
    if (handoff.description() != null) {
      code.add(".setDescription($S)", handoff.description());
    }
    if (handoff.inputFilter() != null) {
      code.add(".setInputFilter(new $T())", handoff.inputFilter());
    }
    if (handoff.isEnabled() != null) {
      code.add(".setIsEnabled(new $T())", handoff.isEnabled());
    }
    if (handoff.onHandoff() != null) {
      if (handoff.onHandoffInput() == null) {
        code.add(".setOnHandoff(new $T())", handoff.onHandoff());
      } else {
        TypeName input = handoff.onHandoffInput();
        TypeName raw = input instanceof ParameterizedTypeName p ? p.rawType() : input;
        code.add(
            ".setOnHandoff($T.class, $N, true, new $T())",
            raw,
            handoffSchemaConstant(handoff),
            handoff.onHandoff());
      }
    }
    return code.add(".build()").build();
  }

  private static CodeBlock toolUse(ToolUseModel toolUse) {
    if (toolUse.stopOnFirstTool()) {
      return CodeBlock.of("$T.stopOnFirstTool()", RuntimeNames.TOOL_USE_BEHAVIOR);
    }
    if (toolUse.custom() != null) {
      return CodeBlock.of("$T.custom(new $T())", RuntimeNames.TOOL_USE_BEHAVIOR, toolUse.custom());
    }
    CodeBlock.Builder names = CodeBlock.builder();
    for (int i = 0; i < toolUse.stopAtTools().size(); i++) {
      names.add(i == 0 ? "$S" : ", $S", toolUse.stopAtTools().get(i));
    }
    return CodeBlock.of("$T.stopAtTools($L)", RuntimeNames.TOOL_USE_BEHAVIOR, names.build());
  }

  private static CodeBlock outputType(OutputModel output) {
    if (output.text()) {
      return CodeBlock.of("$T.text()", RuntimeNames.OUTPUT_TYPE);
    }
    CodeBlock reader =
        output.generic()
            ? CodeBlock.of("new $T<$T>() {}", RuntimeNames.TYPE_REFERENCE, output.type())
            : CodeBlock.of("$T.class", rawType(output));
    return CodeBlock.of(
        "$T.json($S, OUTPUT_SCHEMA, $L, $L, $L)",
        RuntimeNames.OUTPUT_TYPE,
        output.schemaName(),
        output.strict(),
        output.wrapped(),
        reader);
  }

  private static AnnotationSpec unchecked() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "$S", "unchecked")
        .build();
  }

  private static TypeName rawType(OutputModel output) {
    return output.type() instanceof ParameterizedTypeName p ? p.rawType() : output.type();
  }

  private static String invokerName(InWorkflowToolModel tool) {
    String name = tool.methodName();
    return "invoke" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String schemaConstant(InWorkflowToolModel tool) {
    return Constants.upperSnake(tool.methodName()) + "_SCHEMA";
  }

  private static String handoffSchemaConstant(HandoffModel handoff) {
    return "HANDOFF_TO_" + Constants.upperSnake(handoff.target().base()) + "_INPUT_SCHEMA";
  }
}
