package dev.durableagents.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through {@link AnnotationMirror}s, by qualified name: {@code Class}-valued
 * members come back as {@link TypeMirror}s, never as {@code Class} objects.
 */
public final class Annotations {

  public static final String AGENT = "dev.durableagents.annotations.Agent";
  public static final String FUNCTION_TOOL = "dev.durableagents.annotations.FunctionTool";
  public static final String PARAM = "dev.durableagents.annotations.Param";
  public static final String HANDOFF = "dev.durableagents.annotations.Handoff";
  public static final String HANDOFFS = "dev.durableagents.annotations.Handoffs";
  public static final String GUARDRAIL = "dev.durableagents.annotations.Guardrail";
  public static final String GUARDRAILS = "dev.durableagents.annotations.Guardrails";
  public static final String AS_TOOL = "dev.durableagents.annotations.AsTool";
  public static final String AS_TOOLS = "dev.durableagents.annotations.AsTools";
  public static final String INSTRUCTIONS = "dev.durableagents.annotations.Instructions";
  public static final String MODEL_SETTINGS = "dev.durableagents.annotations.ModelSettings";
  public static final String WEB_SEARCH = "dev.durableagents.annotations.WebSearchTool";
  public static final String FILE_SEARCH = "dev.durableagents.annotations.FileSearchTool";
  public static final String CODE_INTERPRETER = "dev.durableagents.annotations.CodeInterpreterTool";
  public static final String IMAGE_GENERATION = "dev.durableagents.annotations.ImageGenerationTool";
  public static final String HOSTED_MCP = "dev.durableagents.annotations.HostedMcpTool";
  public static final String HOSTED_MCPS = "dev.durableagents.annotations.HostedMcpTools";
  public static final String MCP_SERVER = "dev.durableagents.annotations.McpServer";
  public static final String MCP_SERVERS = "dev.durableagents.annotations.McpServers";

  private Annotations() {}

  /** The annotation of this type on {@code element}, or {@code null}. */
  public static AnnotationMirror find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return mirror;
      }
    }
    return null;
  }

  /** The explicitly written value of {@code member}, or {@code null} if defaulted. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The value of {@code member}, explicit or default. */
  public static Object value(AnnotationMirror mirror, String member) {
    AnnotationValue explicit = explicit(mirror, member);
    if (explicit != null) {
      return explicit.getValue();
    }
    for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement method && method.getSimpleName().contentEquals(member)) {
        AnnotationValue def = method.getDefaultValue();
        return def == null ? null : def.getValue();
      }
    }
    throw new IllegalArgumentException("No member " + member + " in " + mirror);
  }

  /** A {@code String} member. */
  public static String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member);
  }

  /** An {@code int} member. */
  public static int integer(AnnotationMirror mirror, String member) {
    return (Integer) value(mirror, member);
  }

  /** A {@code boolean} member. */
  public static boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) value(mirror, member);
  }

  /**
   * The annotations of a repeatable type on {@code element}, in declaration order: the annotation
   * itself when written once, the members of its container when written several times.
   */
  public static List<AnnotationMirror> repeated(
      Element element, String annotationType, String containerType) {
    List<AnnotationMirror> found = new ArrayList<>();
    AnnotationMirror single = find(element, annotationType);
    if (single != null) {
      found.add(single);
    }
    AnnotationMirror container = find(element, containerType);
    if (container != null && value(container, "value") instanceof List<?> list) {
      for (Object v : list) {
        found.add((AnnotationMirror) ((AnnotationValue) v).getValue());
      }
    }
    return found;
  }

  /**
   * A {@code Class} member, as a type mirror ({@code void} when defaulted to {@code void.class}).
   */
  public static TypeMirror classValue(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member);
    return value instanceof TypeMirror t ? t : null;
  }

  /** A {@code String[]} member, in declaration order. */
  public static List<String> strings(AnnotationMirror mirror, String member) {
    List<String> strings = new ArrayList<>();
    if (value(mirror, member) instanceof List<?> list) {
      for (Object v : list) {
        strings.add((String) ((AnnotationValue) v).getValue());
      }
    }
    return strings;
  }

  /** A {@code double} member. */
  public static double decimal(AnnotationMirror mirror, String member) {
    return (Double) value(mirror, member);
  }

  /** An enum member's constant name. */
  public static String enumName(AnnotationMirror mirror, String member) {
    return ((Element) value(mirror, member)).getSimpleName().toString();
  }

  /** A {@code Class[]} member, as type mirrors in declaration order. */
  public static List<TypeMirror> classes(AnnotationMirror mirror, String member) {
    List<TypeMirror> types = new ArrayList<>();
    Object value = value(mirror, member);
    if (value instanceof List<?> list) {
      for (Object v : list) {
        Object inner = ((AnnotationValue) v).getValue();
        if (inner instanceof TypeMirror t) {
          types.add(t);
        }
      }
    }
    return types;
  }
}
