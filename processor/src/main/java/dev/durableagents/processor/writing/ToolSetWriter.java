package dev.durableagents.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.durableagents.processor.model.ParamModel;
import dev.durableagents.processor.model.ToolModel;
import dev.durableagents.processor.model.ToolOptionsModel;
import dev.durableagents.processor.model.ToolSetModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the three files of a tool set {@code Bar}: {@code BarActivities} (the activity interface),
 * {@code BarActivitiesImpl} (the adapter to the user's {@code Bar}) and {@code BarDefinition} (the
 * tools' schemas and the workflow-side invokers that schedule the activities).
 */
public final class ToolSetWriter {

  private final SourceWriter out;

  public ToolSetWriter(SourceWriter out) {
    this.out = out;
  }

  public void write(ToolSetModel toolSet) {
    String pkg = toolSet.type().packageName();
    out.write(pkg, activities(toolSet));
    out.write(pkg, activitiesImpl(toolSet));
    out.write(pkg, definition(toolSet));
  }

  private TypeSpec activities(ToolSetModel toolSet) {
    TypeSpec.Builder type =
        out.annotate(TypeSpec.interfaceBuilder(toolSet.names().activities()))
            .addOriginatingElement(toolSet.element())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(RuntimeNames.ACTIVITY_INTERFACE)
            .addJavadoc(
                "The Temporal activities of tool set {@link $T}: one per tool.\n", toolSet.type());
    for (ToolModel tool : toolSet.tools()) {
      type.addField(
          FieldSpec.builder(
                  String.class, constant(tool), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The activity type of tool {@code $L}.\n", tool.toolName())
              .initializer("$S", tool.activityType())
              .build());
    }
    for (ToolModel tool : toolSet.tools()) {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(tool.methodName())
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addAnnotation(
                  com.palantir.javapoet.AnnotationSpec.builder(RuntimeNames.ACTIVITY_METHOD)
                      .addMember("name", "$N", constant(tool))
                      .build())
              .returns(tool.returnType())
              .addExceptions(tool.thrownTypes());
      tool.params().forEach(p -> method.addParameter(p.type(), p.name()));
      type.addMethod(method.build());
    }
    return type.build();
  }

  private TypeSpec activitiesImpl(ToolSetModel toolSet) {
    TypeSpec.Builder type =
        out.annotate(TypeSpec.classBuilder(toolSet.names().activitiesImpl()))
            .addOriginatingElement(toolSet.element())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(toolSet.names().activities())
            .addJavadoc(
                "Runs the activities of {@link $T} by calling the user's implementation.\n",
                toolSet.type())
            .addField(toolSet.type(), "delegate", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(toolSet.type(), "delegate")
                    .addJavadoc("@param delegate the implementation the activities call\n")
                    .addStatement(
                        "this.delegate = $T.requireNonNull(delegate, $S)",
                        Objects.class,
                        "delegate")
                    .build());
    for (ToolModel tool : toolSet.tools()) {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(tool.methodName())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(tool.returnType())
              .addExceptions(tool.thrownTypes());
      List<String> args = new ArrayList<>();
      for (ParamModel p : tool.params()) {
        method.addParameter(p.type(), p.name());
        args.add(p.name());
      }
      String call = "delegate." + tool.methodName() + "(" + String.join(", ", args) + ")";
      if (tool.returnType().equals(TypeName.VOID)) {
        method.addStatement(call);
      } else {
        method.addStatement("return " + call);
      }
      type.addMethod(method.build());
    }
    return type.build();
  }

  private TypeSpec definition(ToolSetModel toolSet) {
    ClassName definition = toolSet.names().definition();
    TypeSpec.Builder type =
        out.annotate(TypeSpec.classBuilder(definition))
            .addOriginatingElement(toolSet.element())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The tools of {@link $T} as the model sees them, and their invokers, which"
                    + " schedule\none activity per call.\n",
                toolSet.type());
    ClassName listType = ClassName.get(List.class);
    CodeBlock.Builder tools = CodeBlock.builder().add("$T.of(", listType).indent().indent();
    for (int i = 0; i < toolSet.tools().size(); i++) {
      ToolModel tool = toolSet.tools().get(i);
      String prefix = constant(tool);
      type.addField(
          FieldSpec.builder(
                  String.class,
                  prefix + "_SCHEMA",
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The JSON schema of the arguments of tool {@code $L}.\n", tool.toolName())
              .initializer("$S", tool.schemaJson())
              .build());
      type.addField(options(tool, prefix + "_OPTIONS"));
      tools.add(i == 0 ? "\n" : ",\n");
      tools.add("$T.newBuilder($S)\n", RuntimeNames.FUNCTION_TOOL_DEFINITION, tool.toolName());
      tools.indent().indent();
      if (tool.description() != null) {
        tools.add(".setDescription($S)\n", tool.description());
      }
      tools.add(".setParametersSchema($N)\n", prefix + "_SCHEMA");
      tools.add(".setStrict($L)\n", tool.strict());
      if (tool.options().failRunOnError()) {
        tools.add(".setFailRunOnError(true)\n");
      }
      if (tool.options().approval() != null) {
        tools.add(ApprovalCode.of(tool.options().approval())).add("\n");
      }
      tools.add(ToolControlsCode.of(tool.options().controls(), "\n"));
      tools.add(".setInvoker($T::$N)\n", definition, invokerName(tool));
      tools.add(".build()");
      tools.unindent().unindent();
    }
    tools.add(")").unindent().unindent();
    TypeName toolList = ParameterizedTypeName.get(listType, RuntimeNames.FUNCTION_TOOL_DEFINITION);
    type.addField(
        FieldSpec.builder(toolList, "TOOLS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(tools.build())
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.methodBuilder("tools")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(toolList)
            .addJavadoc("The tools, in declaration order.\n")
            .addStatement("return TOOLS")
            .build());
    for (ToolModel tool : toolSet.tools()) {
      type.addMethod(invoker(toolSet, tool));
    }
    return type.build();
  }

  private FieldSpec options(ToolModel tool, String name) {
    ToolOptionsModel o = tool.options();
    ClassName optionsType =
        o.local() ? RuntimeNames.LOCAL_ACTIVITY_OPTIONS : RuntimeNames.ACTIVITY_OPTIONS;
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.newBuilder()\n", optionsType).indent().indent();
    if (o.startToClose() != null) {
      code.add(".setStartToCloseTimeout($L)\n", duration(o.startToClose()));
    }
    if (o.scheduleToClose() != null) {
      code.add(".setScheduleToCloseTimeout($L)\n", duration(o.scheduleToClose()));
    }
    if (o.heartbeat() != null) {
      code.add(".setHeartbeatTimeout($L)\n", duration(o.heartbeat()));
    }
    if (o.taskQueue() != null) {
      code.add(".setTaskQueue($S)\n", o.taskQueue());
    }
    if (o.maximumAttempts() > 0) {
      code.add(
          ".setRetryOptions($T.newBuilder().setMaximumAttempts($L).build())\n",
          RuntimeNames.RETRY_OPTIONS,
          o.maximumAttempts());
    }
    code.add(".build()").unindent().unindent();
    return FieldSpec.builder(optionsType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(code.build())
        .build();
  }

  private static CodeBlock duration(Duration d) {
    long millis = d.toMillis();
    if (millis % 3_600_000 == 0) {
      return CodeBlock.of("$T.ofHours($L)", Duration.class, millis / 3_600_000);
    }
    if (millis % 60_000 == 0) {
      return CodeBlock.of("$T.ofMinutes($L)", Duration.class, millis / 60_000);
    }
    if (millis % 1000 == 0) {
      return CodeBlock.of("$T.ofSeconds($L)", Duration.class, millis / 1000);
    }
    return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
  }

  private MethodSpec invoker(ToolSetModel toolSet, ToolModel tool) {
    String prefix = constant(tool);
    String call = ToolArgumentsCode.callParameter(tool.params());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(invokerName(tool))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(RuntimeNames.TOOL_CALL, call)
            .returns(
                ParameterizedTypeName.get(
                    RuntimeNames.PROMISE, WildcardTypeName.subtypeOf(Object.class)));
    List<String> args = ToolArgumentsCode.readArguments(method, call, tool.params());
    String stub = tool.options().local() ? "newUntypedLocalActivityStub" : "newUntypedActivityStub";
    CodeBlock.Builder execute =
        CodeBlock.builder()
            .add(
                "return $T.$N($N).executeAsync($T.$N, $T.class",
                RuntimeNames.WORKFLOW,
                stub,
                prefix + "_OPTIONS",
                toolSet.names().activities(),
                prefix,
                RuntimeNames.JSON_NODE);
    for (int i = 0; i < args.size(); i++) {
      // A lone Object[] argument would be taken for the varargs array itself: pass it as one value.
      boolean loneArray =
          args.size() == 1
              && tool.params().get(i).type() instanceof ArrayTypeName array
              && !array.componentType().isPrimitive();
      if (loneArray) {
        execute.add(", ($T) $N", Object.class, args.get(i));
      } else {
        execute.add(", $N", args.get(i));
      }
    }
    execute.add(")");
    method.addStatement(execute.build());
    return method.build();
  }

  private static String invokerName(ToolModel tool) {
    String name = tool.methodName();
    return "invoke" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code getWeather} becomes {@code GET_WEATHER}. */
  static String constant(ToolModel tool) {
    return Constants.upperSnake(tool.methodName());
  }
}
