package dev.durableagents.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.durableagents.processor.model.GeneratedNames;
import dev.durableagents.processor.model.ToolSetRef;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code AgentsModule} for a package: one call registers the package's agent workflows and
 * the activity adapters of the tool objects given.
 */
public final class AgentsModuleWriter {

  private final SourceWriter out;

  public AgentsModuleWriter(SourceWriter out) {
    this.out = out;
  }

  /**
   * @param packageName the package
   * @param agents the generated names of its agents, sorted
   * @param toolSets the tool sets its agents use and those declared in it, sorted by name
   * @param originating every element the module was derived from
   */
  public void write(
      String packageName,
      List<GeneratedNames> agents,
      List<ToolSetRef> toolSets,
      Collection<? extends Element> originating) {
    ClassName module = ClassName.get(packageName, "AgentsModule");
    MethodSpec.Builder register =
        MethodSpec.methodBuilder("register")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(RuntimeNames.WORKER, "worker")
            .addParameter(Object[].class, "toolImplementations")
            .varargs()
            .addJavadoc(
                "Registers this package's agent workflows on {@code worker}, and an activity"
                    + " adapter for\n"
                    + "each tool object.\n\n"
                    + "@param worker the worker, before its factory starts\n"
                    + "@param toolImplementations objects implementing the tool sets: $L\n"
                    + "@throws IllegalArgumentException if an object implements none of them\n",
                toolSets.isEmpty()
                    ? "none in this package"
                    : toolSets.stream()
                        .map(t -> "{@link " + t.type().canonicalName() + "}")
                        .collect(Collectors.joining(", ")))
            .addStatement("$T.requireNonNull(worker, $S)", Objects.class, "worker");
    if (!agents.isEmpty()) {
      CodeBlock.Builder types = CodeBlock.builder();
      for (int i = 0; i < agents.size(); i++) {
        types.add(i == 0 ? "$T.class" : ", $T.class", agents.get(i).workflowImpl());
      }
      register.addStatement("worker.registerWorkflowImplementationTypes($L)", types.build());
    }
    register.beginControlFlow("for ($T tools : toolImplementations)", Object.class);
    register.addStatement("$T.requireNonNull(tools, $S)", Objects.class, "toolImplementations");
    register.addStatement("boolean adapted = false");
    for (ToolSetRef toolSet : toolSets) {
      register
          .beginControlFlow("if (tools instanceof $T)", toolSet.type())
          .addStatement(
              "worker.registerActivitiesImplementations(new $T(($T) tools))",
              toolSet.names().activitiesImpl(),
              toolSet.type())
          .addStatement("adapted = true")
          .endControlFlow();
    }
    register
        .beginControlFlow("if (!adapted)")
        .addStatement(
            "throw new $T(tools.getClass().getName() + $S)",
            IllegalArgumentException.class,
            " implements no tool set of package "
                + packageName
                + "; expected one of: "
                + toolSets.stream()
                    .map(t -> t.type().simpleName())
                    .collect(Collectors.joining(", ")))
        .endControlFlow()
        .endControlFlow();
    for (GeneratedNames agent : agents) {
      // Initializes the definition, which registers it for Runner.run(Agent.class, ...).
      register.addStatement("$T.definition()", agent.definition());
    }
    TypeSpec.Builder type =
        out.annotate(TypeSpec.classBuilder(module))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Registers the agents and tool sets of package {@code $L} on a Temporal worker.\n",
                packageName)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(register.build());
    originating.forEach(type::addOriginatingElement);
    out.write(packageName, type.build());
  }
}
