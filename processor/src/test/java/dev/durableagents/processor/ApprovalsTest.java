package dev.durableagents.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.ApprovalTimeout;
import dev.durableagents.runtime.FunctionToolDefinition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code needsApproval} on {@code @FunctionTool} (tool sets and in-workflow tools), {@code @AsTool}
 * and {@code @McpServer} reaches the generated definitions; without it nothing changes.
 */
class ApprovalsTest {

  @Test
  void needsApprovalIsCarriedIntoTheGeneratedDefinitions() throws Exception {
    Compilation compilation =
        Compilations.compile(
            List.of(
                JavaFileObjects.forSourceLines(
                    "shop.ShopTools",
                    "package shop;",
                    "import dev.durableagents.annotations.*;",
                    "public interface ShopTools {",
                    "  @FunctionTool(description = \"Refund an order\", needsApproval = true,",
                    "      approvalTimeout = \"3d\")",
                    "  String refund(String orderId);",
                    "  @FunctionTool(description = \"Look an order up\")",
                    "  String lookUp(String orderId);",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "shop.Helper",
                    "package shop;",
                    "import dev.durableagents.annotations.*;",
                    "@Agent(instructions = \"Help.\")",
                    "public interface Helper {",
                    "  String help(String question);",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "shop.Clerk",
                    "package shop;",
                    "import dev.durableagents.annotations.*;",
                    "@Agent(instructions = \"Serve customers.\", tools = {ShopTools.class})",
                    "@AsTool(agent = Helper.class, name = \"ask_helper\", needsApproval = true)",
                    "@McpServer(value = \"files\", needsApproval = true)",
                    "@McpServer(\"clock\")",
                    "public interface Clerk {",
                    "  String serve(String request);",
                    "  @FunctionTool(description = \"Give a voucher\", needsApproval = true,",
                    "      approvalTimeout = \"2h\", approveOnTimeout = true)",
                    "  default String voucher(int amount) {",
                    "    return \"voucher \" + amount;",
                    "  }",
                    "  @FunctionTool(description = \"Say hello\")",
                    "  default String hello() {",
                    "    return \"hello\";",
                    "  }",
                    "}")));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("shop.ShopToolsDefinition")
        .contentsAsUtf8String()
        .contains(".setNeedsApproval(true)");

    GeneratedClasses generated = new GeneratedClasses(compilation);
    AgentDefinition clerk =
        (AgentDefinition)
            generated.loadClass("shop.ClerkDefinition").getMethod("definition").invoke(null);

    assertNotNull(approvalOf(clerk, "refund"));
    assertEquals(
        ApprovalTimeout.rejectAfter(Duration.ofDays(3), "nobody decided within 3d"),
        clerk.findTool("refund").approvalTimeout());
    assertEquals(
        ApprovalTimeout.approveAfter(Duration.ofHours(2)),
        clerk.findTool("voucher").approvalTimeout());
    assertNull(clerk.findTool("ask_helper").approvalTimeout());
    assertNull(approvalOf(clerk, "lookUp"));
    assertNotNull(approvalOf(clerk, "voucher"));
    assertNull(approvalOf(clerk, "hello"));
    assertNotNull(approvalOf(clerk, "ask_helper"));
    assertNotNull(clerk.mcpApprovalPolicy("files"));
    assertNull(clerk.mcpApprovalPolicy("clock"));
    assertEquals(List.of("files", "clock"), clerk.mcpServers());
  }

  @Test
  void anApprovalTimeoutWithoutNeedsApprovalIsAnError() {
    DiagnosticsTest.assertError(
        "[ApprovalOptionWithoutApproval] @FunctionTool(approvalTimeout)",
        "approvalTimeout = \"3d\"",
        "package test;",
        DiagnosticsTest.IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(",
        "      approvalTimeout = \"3d\")",
        "  String refund(String orderId);",
        "}");
  }

  @Test
  void approveOnTimeoutWithoutATimeoutIsAnError() {
    DiagnosticsTest.assertError(
        "[ApproveOnTimeoutWithoutTimeout]",
        "approveOnTimeout = true",
        "package test;",
        DiagnosticsTest.IMPORTS,
        "@Agent",
        "public interface Subject {",
        "  String run(String in);",
        "  @FunctionTool(needsApproval = true,",
        "      approveOnTimeout = true)",
        "  default String voucher(int amount) { return \"v\"; }",
        "}");
  }

  @Test
  void anApprovalTimeoutThatDoesNotParseIsAnError() {
    DiagnosticsTest.assertError(
        "[DurationInvalid] @FunctionTool(approvalTimeout = \"three days\")",
        "\"three days\"",
        "package test;",
        DiagnosticsTest.IMPORTS,
        "public interface Subject {",
        "  @FunctionTool(needsApproval = true,",
        "      approvalTimeout = \"three days\")",
        "  String refund(String orderId);",
        "}");
  }

  private static Object approvalOf(AgentDefinition agent, String tool) {
    FunctionToolDefinition definition = agent.findTool(tool);
    assertNotNull(definition, tool);
    return definition.approvalPolicy();
  }
}
