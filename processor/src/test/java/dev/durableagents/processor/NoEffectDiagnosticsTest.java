package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Settings that compile in Java but could never take effect, or that the model API would reject:
 * each fails compilation with one error, with its tag, on the line of the offending annotation.
 */
class NoEffectDiagnosticsTest {

  private static final String IMPORTS =
      "import dev.durableagents.annotations.*; import dev.durableagents.runtime.*;";

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

  @Test
  void blankModel() {
    assertError(
        "[AgentModelBlank] @Agent(model) must not be blank; remove it to use the plugin's default"
            + " model",
        "@Agent(model = \" \")",
        "package test;",
        IMPORTS,
        "@Agent(model = \" \")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void stopOnFirstToolWithoutTools() {
    assertError(
        "[ToolUseWithoutTools] @Agent(stopOnFirstTool) on Subject has no effect: the agent has no"
            + " function tools",
        "@Agent(stopOnFirstTool = true)",
        "package test;",
        IMPORTS,
        "@Agent(stopOnFirstTool = true)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void toolsToFinalOutputWithoutTools() {
    assertError(
        "[ToolUseWithoutTools] @Agent(toolsToFinalOutput) on Subject has no effect",
        "@Agent(toolsToFinalOutput = Subject.First.class)",
        "package test;",
        IMPORTS,
        "@Agent(toolsToFinalOutput = Subject.First.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  class First implements ToolUseBehavior.ToolsToFinalOutput {",
        "    public ToolUseBehavior.Decision decide(",
        "        RunContext<?> context, java.util.List<FunctionToolResult> results) {",
        "      return ToolUseBehavior.Decision.runAgain();",
        "    }",
        "  }",
        "}");
  }

  @Test
  void requiredToolChoiceWithoutAnyTool() {
    assertError(
        "[ToolSettingWithoutTools] @ModelSettings(toolChoice = \"required\") on Subject configures"
            + " tool calls, but the agent has no tools at all",
        "@ModelSettings(toolChoice = \"required\")",
        "package test;",
        IMPORTS,
        "@Agent",
        "@ModelSettings(toolChoice = \"required\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void requiredToolChoiceWithAHostedToolCompiles() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Subject",
            "package test;",
            IMPORTS,
            "@Agent",
            "@WebSearchTool",
            "@ModelSettings(toolChoice = \"required\")",
            "public interface Subject { String run(String in); }");
    assertThat(Compilations.compile(List.of(source))).succeeded();
  }

  @Test
  void strictOutputOffOnTextOutput() {
    assertError(
        "[TextOutputSetting] @Agent(strictOutput = false) on Subject has no effect: its run method"
            + " returns String",
        "@Agent(strictOutput = false)",
        "package test;",
        IMPORTS,
        "@Agent(strictOutput = false)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void outputRetriesOnTextOutput() {
    assertError(
        "[TextOutputSetting] @Agent(outputRetries = 2) on Subject has no effect",
        "@Agent(outputRetries = 2)",
        "package test;",
        IMPORTS,
        "@Agent(outputRetries = 2)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void handoffToItself() {
    assertError(
        "[HandoffToSelf] @Handoff(agent = Subject.class) on Subject hands off to the agent itself",
        "@Handoff(agent = Subject.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.class)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void heartbeatTimeoutNotShorterThanStartToClose() {
    assertError(
        "[HeartbeatTimeoutTooLong] @FunctionTool(heartbeatTimeout = \"1m\") is not shorter than the"
            + " startToCloseTimeout (\"10s\"), so it can never fire",
        "heartbeatTimeout = \"1m\"",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(description = \"d\", startToCloseTimeout = \"10s\",",
        "      heartbeatTimeout = \"1m\")",
        "  String get(String city);",
        "}");
  }

  @Test
  void heartbeatTimeoutNotShorterThanTheDefault() {
    assertError(
        "is not shorter than the default startToCloseTimeout (PT1M)",
        "heartbeatTimeout = \"5m\"",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(description = \"d\", heartbeatTimeout = \"5m\")",
        "  String get(String city);",
        "}");
  }

  @Test
  void startToCloseLongerThanScheduleToClose() {
    assertError(
        "[StartToCloseTooLong] @FunctionTool(startToCloseTimeout = \"10m\") is longer than its"
            + " scheduleToCloseTimeout (\"1m\")",
        "startToCloseTimeout = \"10m\"",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(description = \"d\", startToCloseTimeout = \"10m\",",
        "      scheduleToCloseTimeout = \"1m\")",
        "  String get(String city);",
        "}");
  }

  @Test
  void parallelToolCallsWithoutAnyTool() {
    assertError(
        "[ToolSettingWithoutTools] @ModelSettings(parallelToolCalls = OFF) on Subject",
        "@ModelSettings(parallelToolCalls = ModelSettings.Toggle.OFF)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@ModelSettings(parallelToolCalls = ModelSettings.Toggle.OFF)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void keepingAToolChoiceThatIsNotForced() {
    assertError(
        "[ResetToolChoiceUnused] @Agent(resetToolChoice = false) on Subject has no effect",
        "resetToolChoice = false",
        "package test;",
        IMPORTS,
        "@Agent(",
        "    tools = Subject.Lookup.class,",
        "    resetToolChoice = false)",
        "public interface Subject {",
        "  String run(String in);",
        "  interface Lookup { @FunctionTool String find(String key); }",
        "}");
  }

  @Test
  void keepingARequiredToolChoiceCompiles() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Subject",
            "package test;",
            IMPORTS,
            "@Agent(tools = Subject.Lookup.class, resetToolChoice = false, maxTurns = 3)",
            "@ModelSettings(toolChoice = \"required\")",
            "public interface Subject {",
            "  String run(String in);",
            "  interface Lookup { @FunctionTool String find(String key); }",
            "}");
    assertThat(Compilations.compile(List.of(source))).succeeded();
  }

  @Test
  void approvalCallbackThatIsNeverCalled() {
    assertError(
        "[McpApprovalUnused] @HostedMcpTool(serverLabel = \"wiki\") has an approval callback, but"
            + " requireApproval = \"never\", so it is never called",
        "approval = Subject.Yes.class",
        "package test;",
        IMPORTS,
        "@Agent",
        "@HostedMcpTool(serverLabel = \"wiki\", serverUrl = \"https://mcp.example.com/mcp\",",
        "    requireApproval = \"never\", approval = Subject.Yes.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  class Yes implements McpApprovalCallback {",
        "    public McpApprovalDecision onApprovalRequest(",
        "        dev.durableagents.runtime.model.McpApprovalRequest request) {",
        "      return McpApprovalDecision.approve();",
        "    }",
        "  }",
        "}");
  }

  @Test
  void codeInterpreterFilesWithAContainerId() {
    assertError(
        "[HostedToolInvalid] @CodeInterpreterTool(fileIds = [file_1]) has no effect with a"
            + " containerId",
        "@CodeInterpreterTool(containerId",
        "package test;",
        IMPORTS,
        "@Agent",
        "@CodeInterpreterTool(containerId = \"cntr_1\", fileIds = \"file_1\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void webSearchCountryThatIsNotAnIsoCode() {
    assertError(
        "[HostedToolInvalid] @WebSearchTool(country = \"USA\") must be a two-letter ISO 3166-1"
            + " country code",
        "country = \"USA\"",
        "package test;",
        IMPORTS,
        "@Agent",
        "@WebSearchTool(city = \"Boston\", country = \"USA\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void metadataKeyGivenTwice() {
    assertError(
        "[ModelSettingInvalid] @ModelSettings(metadata = \"team=b\") repeats key 'team'",
        "@ModelSettings(metadata",
        "package test;",
        IMPORTS,
        "@Agent",
        "@ModelSettings(metadata = {\"team=a\", \"team=b\"})",
        "public interface Subject { String run(String in); }");
  }
}
