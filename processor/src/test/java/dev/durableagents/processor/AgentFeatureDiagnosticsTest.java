package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of handoffs, guardrails, agent tools, in-workflow tools, instructions,
 * model settings and tool-use behaviour: each fails compilation with one error, with its tag, on
 * the line of the offending element or annotation.
 */
class AgentFeatureDiagnosticsTest {

  private static void assertError(String tag, String onLineContaining, String... lines) {
    JavaFileObject source = JavaFileObjects.forSourceLines("test.Subject", lines);
    Compilation compilation = Compilations.compile(List.of(source));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(tag)
        .inFile(source)
        .onLineContaining(onLineContaining);
  }

  private static final String IMPORTS =
      "import dev.durableagents.annotations.*; import dev.durableagents.runtime.*;"
          + " import java.util.List; import dev.durableagents.runtime.model.Item;";

  @Test
  void handoffToANonAgent() {
    assertError(
        "[HandoffTargetNotAgent]",
        "@Handoff(agent = Runnable.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Runnable.class)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void asToolOfANonAgent() {
    assertError(
        "[AsToolNotAgent]",
        "@AsTool(agent = Runnable.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@AsTool(agent = Runnable.class)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void inputFilterOfTheWrongKind() {
    assertError(
        "[WrongKind] java.lang.String in @Handoff(inputFilter)",
        "inputFilter = String.class",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Helper.class, inputFilter = String.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Helper { String run(String in); }",
        "}");
  }

  @Test
  void inputFilterWithoutPublicConstructor() {
    assertError(
        "[NotInstantiable] test.Subject.Hidden in @Handoff(inputFilter)",
        "inputFilter = Subject.Hidden.class",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Helper.class,",
        "    inputFilter = Subject.Hidden.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Helper { String run(String in); }",
        "  final class Hidden implements HandoffInputFilter {",
        "    private Hidden() {}",
        "    public HandoffInputData filter(HandoffInputData d) { return d; }",
        "  }",
        "}");
  }

  @Test
  void onHandoffImplementedRaw() {
    assertError(
        "[OnHandoffRaw]",
        "onHandoff = Subject.Raw.class",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Helper.class, onHandoff = Subject.Raw.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Helper { String run(String in); }",
        "  @SuppressWarnings(\"rawtypes\")",
        "  final class Raw implements OnHandoff {",
        "    public void onHandoff(RunContext context, Object input) {}",
        "  }",
        "}");
  }

  @Test
  void handoffToAnAgentWithAnotherOutput() {
    assertError(
        "[HandoffOutputMismatch] agent Subject can hand off to Counter (via Subject -> Counter)",
        "@Handoff(agent = Subject.Counter.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Counter.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Counter { Integer count(String in); }",
        "}");
  }

  @Test
  void handoffChainReachingAnotherOutputIsReportedOnTheEntryAgentToo() {
    // The relay's own handoff is wrong as well; the entry agent's error names the whole path.
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Subject",
            "package test;",
            IMPORTS,
            "@Agent",
            "@Handoff(agent = Subject.Relay.class)",
            "public interface Subject {",
            "  String run(String in);",
            "  @Agent @Handoff(agent = Subject.class) @Handoff(agent = Counter.class)",
            "  interface Relay { String run(String in); }",
            "  @Agent interface Counter { Integer count(String in); }",
            "}");
    Compilation compilation = Compilations.compile(List.of(source));
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[HandoffOutputMismatch] agent Subject can hand off to Counter (via Subject -> Relay ->"
                + " Counter)")
        .inFile(source)
        .onLineContaining("@Handoff(agent = Subject.Relay.class)");
  }

  @Test
  void guardrailOfTheWrongKind() {
    assertError(
        "[GuardrailWrongKind]",
        "@Guardrail(String.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Guardrail(String.class)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void outputGuardrailOfAnotherType() {
    assertError(
        "[GuardrailOutputMismatch] output guardrail Check checks a java.lang.Integer",
        "@Guardrail(Subject.Check.class)",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Guardrail(Subject.Check.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  final class Check implements OutputGuardrail<Integer> {",
        "    public GuardrailResult check(RunContext<?> c, AgentDefinition a, Integer out) {",
        "      return GuardrailResult.pass(null);",
        "    }",
        "  }",
        "}");
  }

  @Test
  void activityOptionsOnAnInWorkflowTool() {
    assertError(
        "[InWorkflowToolOptions] @FunctionTool(startToCloseTimeout)",
        "startToCloseTimeout = \"5s\"",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool(",
        "      startToCloseTimeout = \"5s\")",
        "  default String now() { return \"\"; }",
        "}");
  }

  @Test
  void instructionsMethodWithAnUnknownParameter() {
    assertError(
        "[InstructionsMethod]",
        "default String instructions(int level)",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @Instructions",
        "  default String instructions(int level) { return \"\"; }",
        "}");
  }

  @Test
  void staticAndDynamicInstructions() {
    assertError(
        "[InstructionsTwice]",
        "instructions = \"Be brief\"",
        "package test;",
        IMPORTS,
        "@Agent(instructions = \"Be brief\")",
        "public interface Subject {",
        "  String run(String in);",
        "  @Instructions default String instructions() { return \"\"; }",
        "}");
  }

  @Test
  void temperatureOutOfRange() {
    assertError(
        "[ModelSettingInvalid] @ModelSettings(temperature = 3.0) must be between 0 and 2",
        "temperature = 3",
        "package test;",
        IMPORTS,
        "@Agent",
        "@ModelSettings(temperature = 3)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void unknownReasoningSummary() {
    assertError(
        "[ModelSettingInvalid] @ModelSettings(reasoningSummary = \"short\") must be \"auto\","
            + " \"concise\" or \"detailed\"",
        "reasoningSummary = \"short\"",
        "package test;",
        IMPORTS,
        "@Agent",
        "@ModelSettings(reasoningSummary = \"short\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void toolChoiceNamingNoTool() {
    assertError(
        "[UnknownTool] 'lookup' in @ModelSettings(toolChoice)",
        "toolChoice = \"lookup\"",
        "package test;",
        IMPORTS,
        "@Agent",
        "@ModelSettings(toolChoice = \"lookup\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void conflictingToolUseBehaviours() {
    assertError(
        "[ToolUseConflict]",
        "@Agent(stopOnFirstTool",
        "package test;",
        IMPORTS,
        "@Agent(stopOnFirstTool = true, stopAtTools = \"now\")",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool default String now() { return \"\"; }",
        "}");
  }

  @Test
  void stopAtAnUnknownTool() {
    assertError(
        "[UnknownTool] 'later' in @Agent(stopAtTools)",
        "stopAtTools = \"later\"",
        "package test;",
        IMPORTS,
        "@Agent(stopAtTools = \"later\")",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool default String now() { return \"\"; }",
        "}");
  }

  @Test
  void negativeOutputRetries() {
    assertError(
        "[OutputRetries]",
        "outputRetries = -1",
        "package test;",
        IMPORTS,
        "@Agent(outputRetries = -1)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void hooksOfTheWrongKind() {
    assertError(
        "[WrongKind] java.lang.String in @Agent(hooks)",
        "hooks = String.class",
        "package test;",
        IMPORTS,
        "@Agent(hooks = String.class)",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void inWorkflowToolNamedLikeAnAgentTool() {
    assertError(
        "[ToolNameDuplicateInAgent] agent Subject gets tool 'helper'",
        "@FunctionTool default String helper()",
        "package test;",
        IMPORTS,
        "@Agent(tools = Subject.Helper.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool default String helper() { return \"\"; }",
        "  @Agent(name = \"Helper\") interface Helper { String run(String in); }",
        "}");
  }

  @Test
  void hostedToolSettingOutsideItsValues() {
    assertError(
        "[HostedToolInvalid] @ImageGenerationTool(quality = \"ultra\") must be one of",
        "quality = \"ultra\"",
        "package test;",
        IMPORTS,
        "@Agent",
        "@ImageGenerationTool(quality = \"ultra\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void hostedMcpToolThatNeedsApprovalWithoutACallback() {
    assertError(
        "[McpApprovalMissing] @HostedMcpTool(serverLabel = \"docs\")",
        "@HostedMcpTool(serverLabel",
        "package test;",
        IMPORTS,
        "@Agent",
        "@HostedMcpTool(serverLabel = \"docs\", serverUrl = \"https://mcp.example.com\")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void mcpServerWithABlankName() {
    assertError(
        "[McpServerBlank] @McpServer on agent Subject has a blank name",
        "@McpServer(\" \")",
        "package test;",
        IMPORTS,
        "@Agent",
        "@McpServer(\" \")",
        "public interface Subject { String run(String in); }");
  }

  @Test
  void mcpServerNamedTwice() {
    // Repeated annotations reach the processor inside a container javac synthesizes, which has no
    // source position: javac reports on the interface.
    assertError(
        "[McpServerTwice] agent Subject names @McpServer(\"files\") more than once",
        "public interface Subject",
        "package test;",
        IMPORTS,
        "@Agent",
        "@McpServer(\"files\")",
        "@McpServer(\"files\")",
        "public interface Subject { String run(String in); }");
  }
}
