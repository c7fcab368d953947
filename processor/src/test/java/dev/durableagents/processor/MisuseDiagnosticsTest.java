package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Misuse that would otherwise fail only at run time, or be silently ignored: clashing tool names
 * among all of an agent's tools, tool return types no activity can return, and annotations written
 * where they have no effect. Each fails compilation with one error, with its tag, on the line of
 * the offending element or annotation.
 */
class MisuseDiagnosticsTest {

  private static void assertError(String message, String onLineContaining, String... lines) {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Subject", lines);
    Compilation compilation = Compilations.compile(List.of(source));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining(onLineContaining);
  }

  private static final String IMPORTS =
      "import dev.durableagents.annotations.*; import dev.durableagents.runtime.*;"
          + " import java.util.*; import java.util.concurrent.*; import java.util.function.*;"
          + " import java.util.stream.*; import java.io.*;";

  // Tool names as the model sees them

  @Test
  void handoffToolNamedLikeAFunctionTool() {
    assertError(
        "[ToolNameDuplicateInAgent] agent Subject gets tool 'transfer_to_helper' from both"
            + " in-workflow tool transfer() and @Handoff(agent = Helper.class), and the model calls"
            + " tools by name alone; name its tool with @Handoff(toolName = ...)",
        "@Handoff(agent = Subject.Helper.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Helper.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool(name = \"transfer_to_helper\") default String transfer() { return \"\"; }",
        "  @Agent interface Helper { String run(String in); }",
        "}");
  }

  @Test
  void twoHandoffsToOneAgent() {
    assertError(
        "[ToolNameDuplicateInAgent] agent Subject gets tool 'transfer_to_helper'",
        // javac places errors on a repeated annotation at the annotated element
        "public interface Subject {",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Helper.class)",
        "@Handoff(agent = Subject.Helper.class, description = \"again\")",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Helper { String run(String in); }",
        "}");
  }

  @Test
  void handoffToolNameTakenByAToolSet() {
    assertError(
        "from both tool set Lookup and @Handoff(agent = Helper.class)",
        "toolName = \"lookup\"",
        "package test;",
        IMPORTS,
        "@Agent(tools = Subject.Lookup.class)",
        "@Handoff(agent = Subject.Helper.class, toolName = \"lookup\")",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Helper { String run(String in); }",
        "  interface Lookup { @FunctionTool String lookup(String q); }",
        "}");
  }

  @Test
  void asToolNamedLikeAToolSetTool() {
    assertError(
        "from both tool set Lookup and @AsTool(agent = Helper.class), and the model calls tools by"
            + " name alone; rename it with @AsTool(name = ...)",
        "@AsTool(agent = Subject.Helper.class)",
        "package test;",
        IMPORTS,
        "@Agent(tools = Subject.Lookup.class)",
        "@AsTool(agent = Subject.Helper.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Helper { String run(String in); }",
        "  interface Lookup { @FunctionTool String helper(String q); }",
        "}");
  }

  @Test
  void hostedToolNamedLikeAFunctionTool() {
    assertError(
        "from both tool set Search and hosted tool @WebSearchTool (named web_search), and the model"
            + " calls tools by name alone; rename one with @FunctionTool(name = ...)",
        "@WebSearchTool",
        "package test;",
        IMPORTS,
        "@Agent(tools = Subject.Search.class)",
        "@WebSearchTool",
        "public interface Subject {",
        "  String run(String in);",
        "  interface Search { @FunctionTool(name = \"web_search\") String search(String q); }",
        "}");
  }

  @Test
  void twoHostedMcpToolsWithOneLabel() {
    assertError(
        "gets tool 'wiki' from both @HostedMcpTool(serverLabel = \"wiki\") and"
            + " @HostedMcpTool(serverLabel = \"wiki\")",
        "public interface Subject",
        "package test;",
        IMPORTS,
        "@Agent",
        "@HostedMcpTool(serverLabel = \"wiki\", serverUrl = \"https://one.example/mcp\",",
        "    requireApproval = \"never\")",
        "@HostedMcpTool(serverLabel = \"wiki\", serverUrl = \"https://two.example/mcp\",",
        "    requireApproval = \"never\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void toolSetListedTwice() {
    assertError(
        "[ToolListedTwice] @Agent(tools) of Subject lists test.Subject.Lookup twice",
        "@Agent(tools",
        "package test;",
        IMPORTS,
        "@Agent(tools = {Subject.Lookup.class, Subject.Lookup.class})",
        "public interface Subject {",
        "  String run(String in);",
        "  interface Lookup { @FunctionTool String lookup(String q); }",
        "}");
  }

  @Test
  void agentToolNameMadeFromANonAsciiAgentName() {
    assertError(
        "[DerivedToolNameInvalid] tool name 'agente_español', made from agent name 'Agente"
            + " Español'",
        "@AsTool(agent = Subject.Helper.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@AsTool(agent = Subject.Helper.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent(name = \"Agente Español\") interface Helper { String run(String in); }",
        "}");
  }

  @Test
  void handoffToolNameMadeFromALongAgentName() {
    assertError(
        "[DerivedToolNameInvalid] tool name 'transfer_to_a",
        "@Handoff(agent = Subject.Helper.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Helper.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent(name = \"" + "a".repeat(60) + "\") interface Helper { String run(String in); }",
        "}");
  }

  @Test
  void toolSetInheritingToolsOfAnUnlistedToolSet() {
    assertError(
        "[InheritedToolsNotListed] tool set Derived inherits @FunctionTool methods from Base"
            + " (lookup), which are tools of Base only; list Base in @Agent(tools) of Subject as"
            + " well",
        "@Agent(tools = Subject.Derived.class)",
        "package test;",
        IMPORTS,
        "@Agent(tools = Subject.Derived.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  interface Base { @FunctionTool String lookup(String q); }",
        "  interface Derived extends Base { @FunctionTool String more(String q); }",
        "}");
  }

  @Test
  void toolSetInheritingToolsOfAListedToolSetCompiles() {
    Compilation compilation =
        Compilations.compileSource(
            "test.Subject",
            "package test;",
            IMPORTS,
            "@Agent(tools = {Subject.Derived.class, Subject.Base.class})",
            "public interface Subject {",
            "  String run(String in);",
            "  interface Base { @FunctionTool String lookup(String q); }",
            "  interface Derived extends Base { @FunctionTool String more(String q); }",
            "}");

    assertThat(compilation).succeeded();
  }

  @Test
  void runContextInAToolOfAToolSet() {
    assertError(
        "[RunContextInActivityTool] tool now takes RunContext context, but a tool of a tool set"
            + " runs as an activity",
        "RunContext<Void> context",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool String now(",
        "      RunContext<Void> context, String q);",
        "}");
  }

  // Tool return types

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CompletableFuture<String> | a tool returns its result, not a Promise or Future; declare"
            + " java.lang.String as the return type",
        "io.temporal.workflow.Promise<Integer> | not a Promise or Future; declare"
            + " java.lang.Integer",
        "CompletionStage<String> | not a Promise or Future",
        "Future<String> | not a Promise or Future",
        "Stream<String> | a stream is consumed once and has no JSON form",
        "IntStream | a stream is consumed once",
        "Iterator<String> | an Iterator or an Iterable that is not a Collection",
        "Iterable<String> | an Iterator or an Iterable that is not a Collection",
        "Optional<Future<String>> | its type argument java.util.concurrent.Future<java.lang.String>"
            + " cannot be returned: a tool returns its result, not a Promise or Future",
        "List<Stream<String>> | its type argument",
        "Supplier<String> | a tool returns data for the model, not code to run later",
        "Runnable | not code to run later",
        "Thread | a Thread cannot leave the process",
        "InputStream | an open stream of bytes or characters",
        "Reader | an open stream of bytes or characters",
        "Class<?> | a Class has no JSON form",
        "Object | Object says nothing of the result's shape"
      })
  void toolReturnTypeNoActivityCanReturn(String returnType, String reason) {
    assertError(
        "[ToolReturnType] tool lookup returns ",
        "lookup(String q)",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool " + returnType + " lookup(String q);",
        "}");
    assertError(
        reason,
        "lookup(String q)",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool " + returnType + " lookup(String q);",
        "}");
  }

  @Test
  void inWorkflowToolReturningAPromise() {
    assertError(
        "[ToolReturnType] tool later returns io.temporal.workflow.Promise<java.lang.String>: a tool"
            + " returns its result, not a Promise or Future; declare java.lang.String as the return"
            + " type and return it once it is ready (wait for it in the tool, e.g. with"
            + " Promise.get())",
        "later()",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool default io.temporal.workflow.Promise<String> later() { return null; }",
        "}");
  }

  @Test
  void inWorkflowToolMayReturnObject() {
    // Its result is written as JSON in the workflow, never read back from an activity's result.
    Compilation compilation =
        Compilations.compileSource(
            "test.Subject",
            "package test;",
            IMPORTS,
            "@Agent",
            "public interface Subject {",
            "  String run(String in);",
            "  @FunctionTool default Object anything() { return List.of(1, 2); }",
            "}");

    assertThat(compilation).succeeded();
  }

  // Annotations where they have no effect

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Handoff | @Handoff(agent = Subject.Other.class)",
        "Guardrail | @Guardrail(Subject.Other.class)",
        "AsTool | @AsTool(agent = Subject.Other.class)",
        "McpServer | @McpServer(\"files\")",
        "ModelSettings | @ModelSettings(temperature = 0.5)",
        "WebSearchTool | @WebSearchTool",
        "CodeInterpreterTool | @CodeInterpreterTool",
        "HostedMcpTool | @HostedMcpTool(serverLabel = \"w\", serverUrl = \"https://w.example\")"
      })
  void agentAnnotationOnATypeWithoutAgent(String name, String annotation) {
    assertError(
        "[NotOnAnAgent] @"
            + name
            + " on Subject has no effect: it configures an @Agent interface,"
            + " and Subject has no @Agent",
        annotation,
        "package test;",
        IMPORTS,
        annotation,
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Other { String run(String in); }",
        "}");
  }

  @Test
  void repeatedHandoffsOnATypeWithoutAgentAreReportedOnce() {
    assertError(
        "[NotOnAnAgent] @Handoff on Subject",
        "public interface Subject {",
        "package test;",
        IMPORTS,
        "@Handoff(agent = Subject.Other.class, toolName = \"a\")",
        "@Handoff(agent = Subject.Other.class, toolName = \"b\")",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Other { String run(String in); }",
        "}");
  }

  @Test
  void paramOnAMethodThatIsNotATool() {
    assertError(
        "[ParamNotOnTool] @Param on parameter city of Subject.weather() has no effect",
        "@Param(description = \"The city\")",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  String weather(@Param(description = \"The city\") String city);",
        "}");
  }

  @Test
  void paramOnARecordComponent() {
    assertError(
        "[ParamNotOnTool] @Param on parameter city",
        "@Param(description = \"The city\")",
        "package test;",
        IMPORTS,
        "public record Subject(@Param(description = \"The city\") String city) {}");
  }

  @Test
  void paramOnTheRunContextOfAnInWorkflowTool() {
    assertError(
        "[ParamOnRunContext] @Param on context has no effect",
        "@Param(description = \"ctx\")",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool default String now(",
        "      @Param(description = \"ctx\") RunContext<Void> context) { return \"\"; }",
        "}");
  }

  @Test
  void instructionsOutsideAnAgent() {
    assertError(
        "[InstructionsNotOnAgent] @Instructions on Subject.prompt() has no effect",
        "@Instructions",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @Instructions",
        "  default String prompt() { return \"Be brief.\"; }",
        "}");
  }

  @Test
  void twoInstructionsMethods() {
    assertError(
        "[InstructionsSeveral] agent Subject has several @Instructions methods (first(), second())",
        "default String second()",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @Instructions default String first() { return \"a\"; }",
        "  @Instructions",
        "  default String second() { return \"b\"; }",
        "}");
  }

  @Test
  void instructionsMethodThatIsAlsoATool() {
    assertError(
        "[InstructionsOnTool] prompt() carries both @Instructions and @FunctionTool",
        "default String prompt()",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @Instructions @FunctionTool",
        "  default String prompt() { return \"a\"; }",
        "}");
  }

  @Test
  void functionToolOnTheRunMethod() {
    assertError(
        "[FunctionToolOnRunMethod] run() is the run method of @Agent interface Subject, not a tool",
        "@FunctionTool(description",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  @FunctionTool(description = \"runs\")",
        "  String run(String in);",
        "}");
  }
}
