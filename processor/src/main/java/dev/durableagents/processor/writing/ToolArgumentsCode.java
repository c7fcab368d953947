package dev.durableagents.processor.writing;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.durableagents.processor.model.ParamModel;
import java.util.ArrayList;
import java.util.List;

/** The statements of an invoker that read a tool call's arguments into typed locals. */
final class ToolArgumentsCode {

  private ToolArgumentsCode() {}

  /** The name of the invoker's {@code ToolCall} parameter: one no tool parameter uses. */
  static String callParameter(List<ParamModel> params) {
    String call = "call";
    while (hasParam(params, call)) {
      call = "_" + call;
    }
    return call;
  }

  /**
   * Adds one statement per parameter, declaring a local of the parameter's name and type, read from
   * the model's arguments, or taken from the call's context for context parameters.
   *
   * @return the locals, in parameter order
   */
  static List<String> readArguments(
      MethodSpec.Builder method, String call, List<ParamModel> params) {
    List<String> locals = new ArrayList<>();
    for (ParamModel p : params) {
      String local = p.name();
      if (p.injected()) {
        method.addStatement("$T $N = ($T) $N.context()", p.type(), local, p.type(), call);
      } else if (p.generic()) {
        method.addStatement(
            "$T $N = $N.arguments().get($S, new $T<$T>() {})",
            p.type(),
            local,
            call,
            p.name(),
            RuntimeNames.TYPE_REFERENCE,
            p.type());
      } else {
        TypeName raw = p.type() instanceof ParameterizedTypeName pt ? pt.rawType() : p.type();
        method.addStatement(
            "$T $N = $N.arguments().get($S, $T.class)", p.type(), local, call, p.name(), raw);
      }
      locals.add(local);
    }
    return locals;
  }

  private static boolean hasParam(List<ParamModel> params, String name) {
    return params.stream().anyMatch(p -> p.name().equals(name));
  }
}
