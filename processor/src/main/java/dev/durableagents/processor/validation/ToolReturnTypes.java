package dev.durableagents.processor.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Return types a tool cannot have: a tool's result leaves its activity (or, for an in-workflow
 * tool, the workflow) as JSON and goes back to the model, so it must be data with a JSON form, not
 * a handle on work in progress, code, or a resource. The message names the mistake made.
 */
final class ToolReturnTypes {

  private static final Set<String> CONTAINERS =
      Set.of("java.util.Optional", "java.util.Collection", "java.util.Map");

  private ToolReturnTypes() {}

  /**
   * Why a tool cannot return {@code type}, or {@code null} if it can.
   *
   * @param activity whether the tool runs as an activity (a tool set's) rather than in the workflow
   */
  static String mistake(TypeMirror type, boolean activity) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    Set<String> supertypes = supertypes(element);
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (supertypes.contains("io.temporal.workflow.Promise")
        || supertypes.contains("java.util.concurrent.Future")
        || supertypes.contains("java.util.concurrent.CompletionStage")) {
      String value = arguments.isEmpty() ? "the value" : arguments.get(0).toString();
      return "a tool returns its result, not a Promise or Future; declare "
          + value
          + " as the return type and return it once it is ready"
          + (activity
              ? " (an activity may run until its startToCloseTimeout)"
              : " (wait for it in the tool, e.g. with Promise.get())");
    }
    if (supertypes.contains("java.util.stream.BaseStream")) {
      return "a stream is consumed once and has no JSON form; collect it and return a List";
    }
    if (supertypes.contains("java.util.Iterator")
        || (supertypes.contains("java.lang.Iterable")
            && !supertypes.contains("java.util.Collection")
            && !supertypes.contains("java.nio.file.Path") // Jackson writes a Path as a URI
            && !supertypes.contains("com.fasterxml.jackson.databind.JsonNode"))) {
      return "an Iterator or an Iterable that is not a Collection has no JSON form; return a List";
    }
    if (name.equals("java.lang.Thread") || supertypes.contains("java.lang.Thread")) {
      return "a Thread cannot leave the process that runs the tool; return what the thread"
          + " computes";
    }
    for (String io :
        List.of(
            "java.io.InputStream", "java.io.OutputStream", "java.io.Reader", "java.io.Writer")) {
      if (supertypes.contains(io)) {
        return "an open stream of bytes or characters cannot leave the process that runs the tool;"
            + " read it there and return its content (a String, or a byte[] sent as base64)";
      }
    }
    if (name.equals("java.lang.Class")) {
      return "a Class has no JSON form; return its name as a String";
    }
    if (activity && name.equals("java.lang.Object")) {
      return "Object says nothing of the result's shape, and its activity result cannot be read"
          + " back as what the tool returned; declare the type it returns";
    }
    if (isFunctional(element, supertypes)) {
      return "a tool returns data for the model, not code to run later; run it in the tool and"
          + " return its result";
    }
    if (!arguments.isEmpty() && (CONTAINERS.contains(name) || containsAny(supertypes))) {
      for (TypeMirror argument : arguments) {
        String inner = mistake(argument, activity);
        if (inner != null) {
          return "its type argument " + argument + " cannot be returned: " + inner;
        }
      }
    }
    return null;
  }

  private static boolean containsAny(Set<String> supertypes) {
    for (String container : CONTAINERS) {
      if (supertypes.contains(container)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFunctional(TypeElement element, Set<String> supertypes) {
    String name = element.getQualifiedName().toString();
    if (name.startsWith("java.util.function.")
        || supertypes.contains("java.lang.Runnable")
        || supertypes.contains("java.util.concurrent.Callable")) {
      return true;
    }
    return Annotations.find(element, "java.lang.FunctionalInterface") != null;
  }

  /** The qualified names of {@code type} and all its supertypes. */
  private static Set<String> supertypes(TypeElement type) {
    Set<String> names = new LinkedHashSet<>();
    collect(type, names);
    return names;
  }

  private static void collect(TypeElement type, Set<String> names) {
    if (!names.add(type.getQualifiedName().toString())) {
      return;
    }
    if (type.getSuperclass() instanceof DeclaredType superclass) {
      collect((TypeElement) superclass.asElement(), names);
    }
    for (TypeMirror i : type.getInterfaces()) {
      if (i instanceof DeclaredType declared) {
        collect((TypeElement) declared.asElement(), names);
      }
    }
  }
}
