package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles small sources with the processor and returns the schemas it generated, read from the
 * generated constants.
 */
final class Schemas {

  static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] HEADER = {
    "package kinds;",
    "import dev.durableagents.annotations.*;",
    "import com.fasterxml.jackson.annotation.*;",
    "import java.math.*;",
    "import java.net.*;",
    "import java.time.*;",
    "import java.util.*;",
  };

  private Schemas() {}

  /** The arguments schema of tool {@code t(TYPE value)}, declared next to {@code declarations}. */
  static JsonNode tool(boolean strict, String type, String... declarations) {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.add("public interface Subject {");
    lines.addAll(List.of(declarations));
    lines.add("  @FunctionTool(strict = " + strict + ") String t(" + type + " value);");
    lines.add("}");
    return read(compile(lines), "kinds.SubjectDefinition", "T_SCHEMA", strict);
  }

  /** The output schema of an agent whose run method returns {@code type}. */
  static JsonNode output(boolean strict, String type, String... declarations) {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.add("public interface Subject {");
    lines.addAll(List.of(declarations));
    lines.add("  @Agent(strictOutput = " + strict + ")");
    lines.add("  interface Out { " + type + " run(String in); }");
    lines.add("}");
    return read(compile(lines), "kinds.Subject_OutDefinition", "OUTPUT_SCHEMA", strict);
  }

  /** Parses JSON text written for readability, with single quotes. */
  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new AssertionError("bad expected JSON: " + text, e);
    }
  }

  private static Compilation compile(List<String> lines) {
    Compilation compilation =
        Compilations.compile(
            List.of(JavaFileObjects.forSourceLines("kinds.Subject", lines.toArray(new String[0]))));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static JsonNode read(Compilation compilation, String type, String field, boolean strict) {
    String text = (String) new GeneratedClasses(compilation).constant(type, field);
    JsonNode schema;
    try {
      schema = JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
    if (strict) {
      assertEquals(List.of(), StrictModeRules.violations(schema), "strict mode rules: " + text);
    }
    return schema;
  }
}
