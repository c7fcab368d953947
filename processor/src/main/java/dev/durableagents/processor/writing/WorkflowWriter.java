package dev.durableagents.processor.writing;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.durableagents.processor.model.AgentModel;
import dev.durableagents.processor.model.RunMethodModel;
import javax.lang.model.element.Modifier;

/** Writes {@code FooWorkflow} and {@code FooWorkflowImpl} for an agent. */
public final class WorkflowWriter {

  private final SourceWriter out;

  public WorkflowWriter(SourceWriter out) {
    this.out = out;
  }

  public void write(AgentModel agent) {
    out.write(agent.type().packageName(), workflowInterface(agent));
    out.write(agent.type().packageName(), workflowImpl(agent));
  }

  private TypeSpec workflowInterface(AgentModel agent) {
    RunMethodModel run = agent.runMethod();
    MethodSpec method =
        MethodSpec.methodBuilder(run.name())
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addAnnotation(RuntimeNames.WORKFLOW_METHOD)
            .addParameter(run.parameterType(), run.parameterName())
            .returns(run.returnType())
            .addJavadoc(
                "Runs agent {@code $L} on {@code $L} and returns its final output.\n",
                agent.agentName(),
                run.parameterName())
            .build();
    return out.annotate(TypeSpec.interfaceBuilder(agent.names().workflow()))
        .addOriginatingElement(agent.element())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(RuntimeNames.WORKFLOW_INTERFACE)
        .addJavadoc(
            "The Temporal workflow of {@link $T}: start it with a {@code WorkflowClient} stub.\n",
            agent.type())
        .addMethod(method)
        .build();
  }

  private TypeSpec workflowImpl(AgentModel agent) {
    RunMethodModel run = agent.runMethod();
    MethodSpec method =
        MethodSpec.methodBuilder(run.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(run.parameterType(), run.parameterName())
            .returns(run.returnType())
            .addStatement(
                "$T result = $T.run($T.definition(), $L)",
                ParameterizedTypeName.get(RuntimeNames.RUN_RESULT, run.returnType().box()),
                RuntimeNames.RUNNER,
                agent.names().definition(),
                run.parameterName())
            .addStatement("return result.finalOutput()")
            .build();
    return out.annotate(TypeSpec.classBuilder(agent.names().workflowImpl()))
        .addOriginatingElement(agent.element())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(agent.names().workflow())
        .addJavadoc(
            "Runs {@link $T} in a Temporal workflow: each model call and tool call is an"
                + " activity.\n",
            agent.type())
        .addMethod(method)
        .build();
  }
}
