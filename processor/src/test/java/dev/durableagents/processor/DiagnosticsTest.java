package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic: each misuse fails compilation with exactly one error, with its stable
 * tag, in the right file, on the line of the offending element.
 */
class DiagnosticsTest {

  static void assertError(String tag, String onLineContaining, String... lines) {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Subject", lines);
    Compilation compilation = Compilations.compile(List.of(source));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(tag)
        .inFile(source)
        .onLineContaining(onLineContaining);
  }

  static final String IMPORTS = "import dev.durableagents.annotations.*;";

  @Test
  void agentOnClass() {
    assertError(
        "[AgentNotInterface]",
        "@Agent",
        "package test;",
        IMPORTS,
        "@Agent",
        "public class Subject {}");
  }

  @Test
  void agentNotPublic() {
    assertError(
        "[AgentNotPublic]",
        "interface Subject",
        "package test;",
        IMPORTS,
        "@Agent",
        "interface Subject { String run(String in); }");
  }

  @Test
  void agentGeneric() {
    assertError(
        "[AgentGeneric]",
        "interface Subject",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject<T> { String run(String in); }");
  }

  @Test
  void agentNestedInPrivateClass() {
    assertError(
        "[NestedNotAccessible]",
        "interface Inner",
        "package test;",
        IMPORTS,
        "public class Subject {",
        "  private static class Hidden {",
        "    @Agent",
        "    public interface Inner { String run(String in); }",
        "  }",
        "}");
  }

  @Test
  void agentWithoutRunMethod() {
    assertError(
        "[AgentNoRunMethod]",
        "interface Subject",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {}");
  }

  @Test
  void agentWithSeveralRunMethods() {
    assertError(
        "[AgentSeveralRunMethods]",
        "interface Subject",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  String other(String in);",
        "}");
  }

  @Test
  void runMethodWithTwoParameters() {
    assertError(
        "[RunMethodParameters]",
        "String run(String a, String b)",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String a, String b);",
        "}");
  }

  @Test
  void runMethodReturningVoid() {
    assertError(
        "[RunMethodVoid]",
        "void run(",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  void run(String in);",
        "}");
  }

  @Test
  void genericRunMethod() {
    assertError(
        "[RunMethodGeneric]",
        "<T> String run(",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  <T> String run(String in);",
        "}");
  }

  @Test
  void blankAgentName() {
    assertError(
        "[AgentNameBlank]",
        "name = \" \"",
        "package test;",
        IMPORTS,
        "@Agent(name = \" \")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void maxTurnsBelowOne() {
    assertError(
        "[MaxTurns]",
        "maxTurns = 0",
        "package test;",
        IMPORTS,
        "@Agent(maxTurns = 0)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void toolsListsATypeWithoutTools() {
    assertError(
        "[ToolNotAToolSet]",
        "tools = Runnable.class",
        "package test;",
        IMPORTS,
        "@Agent(tools = Runnable.class)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void functionToolInAClass() {
    assertError(
        "[ToolSetNotInterface]",
        "class Subject",
        "package test;",
        IMPORTS,
        "public class Subject {",
        "  @FunctionTool public String now() { return \"\"; }",
        "}");
  }

  @Test
  void toolSetNotPublic() {
    assertError(
        "[ToolSetNotPublic]",
        "interface Subject",
        "package test;",
        IMPORTS,
        "interface Subject {",
        "  @FunctionTool String now();",
        "}");
  }

  @Test
  void toolSetGeneric() {
    assertError(
        "[ToolSetGeneric]",
        "interface Subject<T>",
        "package test;",
        IMPORTS,
        "public interface Subject<T> {",
        "  @FunctionTool String now();",
        "}");
  }

  @Test
  void toolWithABody() {
    assertError(
        "[ToolNotAbstract]",
        "default String now()",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool default String now() { return \"\"; }",
        "}");
  }

  @Test
  void staticTool() {
    assertError(
        "[ToolStatic]",
        "static String now()",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool static String now() { return \"\"; }",
        "}");
  }

  @Test
  void genericTool() {
    assertError(
        "[ToolGeneric]",
        "<T> String echo",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool <T> String echo(String value);",
        "}");
  }

  @Test
  void genericToolWithATypeVariableParameter() {
    assertError(
        "[ToolGeneric]",
        "<T> String echo",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool <T> String echo(T value);",
        "}");
  }

  @Test
  void invalidToolName() {
    assertError(
        "[ToolNameInvalid]",
        "name = \"get weather\"",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(name = \"get weather\")",
        "  String weather(String city);",
        "}");
  }

  @Test
  void duplicateToolNameInOneToolSet() {
    assertError(
        "[ToolNameDuplicate]",
        "String second",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(name = \"lookup\") String first(String q);",
        "  @FunctionTool(name = \"lookup\")",
        "  String second(String q);",
        "}");
  }

  @Test
  void duplicateToolNameAcrossToolSetsOfAnAgent() {
    assertError(
        "[ToolNameDuplicateInAgent]",
        "@Agent(tools",
        "package test;",
        IMPORTS,
        "public class Subject {",
        "  public interface A { @FunctionTool String lookup(String q); }",
        "  public interface B { @FunctionTool String lookup(String q); }",
        "  @Agent(tools = {A.class, B.class})",
        "  public interface Both { String run(String in); }",
        "}");
  }

  @Test
  void unsupportedParameterTypeNamesThePath() {
    assertError(
        "[UnsupportedType] no JSON schema for tool place at 'order.items[].meta'",
        "Order order",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  record Item(String sku, Object meta) {}",
        "  record Order(java.util.List<Item> items) {}",
        "  @FunctionTool String place(",
        "      Order order);",
        "}");
  }

  @Test
  void unsupportedOutputType() {
    assertError(
        "[UnsupportedType] no JSON schema for the output of run()",
        "Object run(",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  Object run(String in);",
        "}");
  }

  @Test
  void durationThatDoesNotParse() {
    assertError(
        "[DurationInvalid] @FunctionTool(startToCloseTimeout = \"ten seconds\")",
        "\"ten seconds\"",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(",
        "      startToCloseTimeout = \"ten seconds\")",
        "  String now();",
        "}");
  }

  @Test
  void negativeMaximumAttempts() {
    assertError(
        "[MaximumAttempts]",
        "maximumAttempts = -1",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(maximumAttempts = -1)",
        "  String now();",
        "}");
  }

  @Test
  void localActivityWithHeartbeat() {
    assertError(
        "[LocalActivityOptions]",
        "@FunctionTool(localActivity",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(localActivity = true, heartbeatTimeout = \"5s\")",
        "  String now();",
        "}");
  }

  @Test
  void overloadedTools() {
    assertError(
        "[ToolOverloaded] tool set test.Subject declares several methods named find",
        "String find(int id)",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(name = \"findByName\") String find(String name);",
        "  @FunctionTool(name = \"findById\")",
        "  String find(int id);",
        "}");
  }

  @Test
  void toolResultTypeTheGeneratedCodeCannotName() {
    assertError(
        "[TypeNotAccessible] test.Subject.Hidden, used by the result of tool get, is private",
        "Hidden get()",
        "package test;",
        IMPORTS,
        "public class Subject {",
        "  private record Hidden(String value) {}",
        "  public interface Tools {",
        "    @FunctionTool",
        "    Hidden get();",
        "  }",
        "}");
  }

  @Test
  void agentInputTypeTheGeneratedCodeCannotName() {
    assertError(
        "[TypeNotAccessible] test.Subject.Hidden, used by the input of run(), is private",
        "Hidden question",
        "package test;",
        IMPORTS,
        "public class Subject {",
        "  private record Hidden(String value) {}",
        "  @Agent",
        "  public interface Asker {",
        "    String run(",
        "        Hidden question);",
        "  }",
        "}");
  }

  @Test
  void typeNeverGenerated() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Subject",
            "package test;",
            IMPORTS,
            "public interface Subject {",
            "  @FunctionTool String t(Missing value);",
            "}");
    Compilation compilation = Compilations.compile(List.of(source));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[UnresolvedType] test.Subject refers to a type that could not be")
        .inFile(source)
        .onLineContaining("public interface Subject");
  }
}
