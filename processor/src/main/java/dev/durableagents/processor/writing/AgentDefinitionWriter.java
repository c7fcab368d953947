package dev.durableagents.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.OutputModel;
import dev.durableagents.processor.model.ToolSetRef;
import javax.lang.model.element.Modifier;

/** Writes {@code FooDefinition}: the agent's run-time definition, built once. */
public final class AgentDefinitionWriter {

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
          FieldSpec.builder(String.class, "OUTPUT_SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The JSON schema of the agent's output, as the model receives it.\n")
              .initializer("$S", output.schemaJson())
              .build());
    }
    type.addField(
        FieldSpec.builder(
                RuntimeNames.AGENT_DEFINITION, "DEFINITION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(definition(agent))
            .build());
    type.addStaticBlock(
        CodeBlock.of("$T.register($T.class, DEFINITION);\n", RuntimeNames.AGENT_REGISTRY, agent.type()));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.methodBuilder("definition")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(RuntimeNames.AGENT_DEFINITION)
            .addJavadoc("The definition; derive variants with {@code toBuilder()}.\n")
            .addStatement("return DEFINITION")
            .build());
    out.write(agent.type().packageName(), type.build());
  }

  private CodeBlock definition(AgentModel agent) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("$T.newBuilder($S)\n", RuntimeNames.AGENT_DEFINITION, agent.agentName()).indent().indent();
    if (agent.instructions() != null) {
      code.add(".setInstructions($S)\n", agent.instructions());
    }
    if (agent.description() != null) {
      code.add(".setDescription($S)\n", agent.description());
    }
    if (agent.model() != null) {
      code.add(".setModel($S)\n", agent.model());
    }
    for (ToolSetRef toolSet : agent.toolSets()) {
      code.add(".addTools($T.tools())\n", toolSet.names().definition());
    }
    code.add(".setOutputType($L)\n", outputType(agent.output()));
    code.add(".setMaxTurns($L)\n", agent.maxTurns());
    code.add(".build()").unindent().unindent();
    return code.build();
  }

  private static CodeBlock outputType(OutputModel output) {
    if (output.text()) {
      return CodeBlock.of("$T.text()", RuntimeNames.OUTPUT_TYPE);
    }
    CodeBlock reader =
        output.generic()
            ? CodeBlock.of(
                "new $T<$T>() {}",
                RuntimeNames.TYPE_REFERENCE,
                output.type())
            : CodeBlock.of("$T.class", rawType(output));
    return CodeBlock.of(
        "$T.json($S, OUTPUT_SCHEMA, $L, $L, $L)",
        RuntimeNames.OUTPUT_TYPE,
        output.schemaName(),
        output.strict(),
        output.wrapped(),
        reader);
  }

  private static com.palantir.javapoet.TypeName rawType(OutputModel output) {
    return output.type() instanceof ParameterizedTypeName p ? p.rawType() : output.type();
  }
}
