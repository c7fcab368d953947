package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.RunContext;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The run controls of issue #15 in annotations: {@code @FunctionTool(failureMessage, isEnabled)} on
 * tool sets and in-workflow tools, {@code @Handoff(isEnabled)} and {@code @Guardrail(runInParallel
 * = false)} reach the generated definitions; misuse is a compile error.
 */
class RunControlsProcessorTest {

  private static final String IMPORTS =
      "import dev.durableagents.annotations.*; import dev.durableagents.runtime.*;"
          + " import java.util.List; import dev.durableagents.runtime.model.Item;";

  private static final String[] SUBJECT = {
    "package test;",
    IMPORTS,
    "@Agent(tools = {Subject.Lookups.class})",
    "@Handoff(agent = Subject.Other.class, isEnabled = Subject.Premium.class)",
    "@Guardrail(value = Subject.Strict.class, runInParallel = false)",
    "@Guardrail(Subject.Relaxed.class)",
    "public interface Subject {",
    "  String run(String in);",
    "  @FunctionTool(description = \"roll\", failureMessage = \"Rolling failed.\",",
    "      isEnabled = Premium.class, outputGuardrails = {Subject.Redact.class})",
    "  default int roll() { return 4; }",
    "  @Agent interface Other { String run(String in); }",
    "  interface Lookups {",
    "    @FunctionTool(description = \"find\", failureMessage = \"Lookup is down.\",",
    "        inputGuardrails = Subject.NoDrop.class)",
    "    String find(String query);",
    "    @FunctionTool(description = \"plain\")",
    "    String plain(String query);",
    "  }",
    "  final class Premium implements IsEnabled {",
    "    public boolean test(RunContext<?> context, AgentDefinition agent) {",
    "      return \"premium\".equals(context.context());",
    "    }",
    "  }",
    "  final class NoDrop implements ToolInputGuardrail {",
    "    public ToolGuardrailResult check(ToolCall call) { return ToolGuardrailResult.allow(); }",
    "  }",
    "  final class Redact implements ToolOutputGuardrail {",
    "    public ToolGuardrailResult check(ToolCall call, Object out) {",
    "      return ToolGuardrailResult.rejectContent(\"[redacted]\");",
    "    }",
    "  }",
    "  final class Strict implements InputGuardrail {",
    "    public GuardrailResult check(RunContext<?> c, AgentDefinition a, List<Item> in) {",
    "      return GuardrailResult.pass(null);",
    "    }",
    "  }",
    "  final class Relaxed implements InputGuardrail {",
    "    public GuardrailResult check(RunContext<?> c, AgentDefinition a, List<Item> in) {",
    "      return GuardrailResult.pass(null);",
    "    }",
    "  }",
    "}"
  };

  @Test
  void runControlsReachTheGeneratedDefinition() throws Exception {
    Compilation compilation = Compilations.compileSource("test.Subject", SUBJECT);
    assertThat(compilation).succeededWithoutWarnings();

    GeneratedClasses classes = new GeneratedClasses(compilation);
    AgentDefinition agent =
        (AgentDefinition)
            classes.loadClass("test.SubjectDefinition").getMethod("definition").invoke(null);
    RunContext<String> premium = new RunContext<>("premium");
    RunContext<String> basic = new RunContext<>("basic");

    FunctionToolDefinition find = agent.findTool("find");
    assertEquals("Lookup is down.", find.failureMessage().format(null, "boom"));
    assertTrue(find.isEnabled(basic, agent));
    assertEquals(null, agent.findTool("plain").failureMessage());
    assertEquals("NoDrop", find.inputGuardrails().get(0).name());
    assertTrue(find.outputGuardrails().isEmpty());

    FunctionToolDefinition roll = agent.findTool("roll");
    assertEquals("Rolling failed.", roll.failureMessage().format(null, "boom"));
    assertTrue(roll.isEnabled(premium, agent));
    assertFalse(roll.isEnabled(basic, agent));
    assertEquals("Redact", roll.outputGuardrails().get(0).name());

    HandoffDefinition handoff = agent.handoffs().get(0);
    assertTrue(handoff.isEnabled(premium, agent));
    assertFalse(handoff.isEnabled(basic, agent));

    assertEquals(2, agent.inputGuardrails().size());
    assertFalse(agent.inputGuardrails().get(0).runInParallel());
    assertEquals("Strict", agent.inputGuardrails().get(0).name());
    assertTrue(agent.inputGuardrails().get(1).runInParallel());
  }

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

  @Test
  void isEnabledOfTheWrongKind() {
    assertError(
        "[WrongKind] java.lang.String in @FunctionTool(isEnabled)",
        "isEnabled = String.class",
        "package test;",
        IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool(description = \"roll\", isEnabled = String.class)",
        "  default int roll() { return 4; }",
        "}");
  }

  @Test
  void isEnabledOfAHandoffWithoutPublicConstructor() {
    assertError(
        "[NotInstantiable] test.Subject.Hidden in @Handoff(isEnabled)",
        "isEnabled = Subject.Hidden.class",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Handoff(agent = Subject.Helper.class,",
        "    isEnabled = Subject.Hidden.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Helper { String run(String in); }",
        "  final class Hidden implements IsEnabled {",
        "    private Hidden() {}",
        "    public boolean test(RunContext<?> c, AgentDefinition a) { return true; }",
        "  }",
        "}");
  }

  @Test
  void isEnabledOfAToolSetToolOfTheWrongKind() {
    assertError(
        "[WrongKind] java.lang.String in @FunctionTool(isEnabled)",
        "isEnabled = String.class",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(description = \"find\", isEnabled = String.class)",
        "  String find(String query);",
        "}");
  }

  @Test
  void blockingOutputGuardrail() {
    assertError(
        "[GuardrailParallelOutput]",
        "runInParallel = false",
        "package test;",
        IMPORTS,
        "@Agent",
        "@Guardrail(value = Subject.Check.class, runInParallel = false)",
        "public interface Subject {",
        "  String run(String in);",
        "  final class Check implements OutputGuardrail<String> {",
        "    public GuardrailResult check(RunContext<?> c, AgentDefinition a, String out) {",
        "      return GuardrailResult.pass(null);",
        "    }",
        "  }",
        "}");
  }

  @Test
  void asToolWithAStructuredInputAndANestedRunConfig() throws Exception {
    Compilation compilation =
        Compilations.compileSource(
            "test.Lead",
            "package test;",
            IMPORTS,
            "@Agent",
            "@AsTool(agent = Lead.Researcher.class, name = \"research\", structuredInput = true,",
            "    maxTurns = 2, hooks = Lead.Log.class)",
            "public interface Lead {",
            "  String run(String in);",
            "  record Topic(String subject, int depth) {}",
            "  @Agent(description = \"Researches a topic\") interface Researcher {",
            "    String research(Topic topic);",
            "  }",
            "  final class Log implements RunHooks {}",
            "}");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.LeadDefinition")
        .contentsAsUtf8String()
        .contains(
            ".setRunConfig(RunConfig.newBuilder().setMaxTurns(2).setHooks(new"
                + " Lead.Log()).build())");

    AgentDefinition lead =
        (AgentDefinition)
            new GeneratedClasses(compilation)
                .loadClass("test.LeadDefinition")
                .getMethod("definition")
                .invoke(null);
    FunctionToolDefinition research = lead.findTool("research");
    assertEquals("Researches a topic", research.spec().description());
    assertEquals(
        "{\"type\":\"object\",\"properties\":{\"subject\":{\"type\":\"string\"},"
            + "\"depth\":{\"type\":\"integer\"}},\"required\":[\"subject\",\"depth\"],"
            + "\"additionalProperties\":false}",
        research.spec().parameters().toString());
  }

  @Test
  void structuredInputOfAnAgentTakingText() {
    assertError(
        "[AsToolStructuredInput] @AsTool(structuredInput = true) needs agent Other",
        "structuredInput = true",
        "package test;",
        IMPORTS,
        "@Agent",
        "@AsTool(agent = Subject.Other.class, structuredInput = true)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Other { String run(String in); }",
        "}");
  }

  @Test
  void asToolHooksOfTheWrongKind() {
    assertError(
        "[WrongKind] java.lang.String in @AsTool(hooks)",
        "hooks = String.class",
        "package test;",
        IMPORTS,
        "@Agent",
        "@AsTool(agent = Subject.Other.class, hooks = String.class)",
        "public interface Subject {",
        "  String run(String in);",
        "  @Agent interface Other { String run(String in); }",
        "}");
  }

  @Test
  void toolGuardrailOfTheWrongKind() {
    assertError(
        "[WrongKind] test.Subject.Check in @FunctionTool(outputGuardrails)",
        "outputGuardrails = Subject.Check.class",
        "package test;",
        IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(description = \"find\", outputGuardrails = Subject.Check.class)",
        "  String find(String query);",
        "  final class Check implements ToolInputGuardrail {",
        "    public ToolGuardrailResult check(ToolCall call) { return ToolGuardrailResult.allow();"
            + " }",
        "  }",
        "}");
  }
}
