package dev.durableagents.examples.hosted_mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durableagents.examples.support.RecordedHistories;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.runtime.model.HostedTool;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.openai.OpenAIProvider;
import dev.durableagents.runtime.testing.OpenAIStubServer;
import dev.durableagents.runtime.testing.OpenAIStubServer.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleMCPTest {

  @Test
  void theProviderCallsTheMcpToolWithinOneModelActivity() {
    SampleRun run = SampleRun.offline(new SimpleMCP(), List.of());
    RecordedHistories.recordIfAsked("hosted_mcp-SimpleMCP", run);

    assertEquals(List.of("InvokeModel"), run.activities());
    ModelRequest request = run.modelRequests.get(0);
    assertEquals("Assistant", request.agentName());
    assertEquals(
        List.of(
            HostedTool.mcp("gitmcp", "https://gitmcp.io/openai/codex")
                .withRequireApproval("never")),
        request.hostedTools());
    assertTrue(request.tools().isEmpty(), "no function tools: the MCP tools are the provider's");
    assertTrue(
        run.activityInputs().get(0).contains("\"serverUrl\":\"https://gitmcp.io/openai/codex\""));
    assertEquals(
        "The openai/codex repository is written mostly in Rust (the codex-rs workspace), with a"
            + " small TypeScript wrapper for the npm package.",
        run.result);
  }

  /** Against the loopback OpenAI stub: the hosted MCP tool as the Responses API receives it. */
  @Test
  void onTheWireTheRequestCarriesTheMcpTool() {
    try (OpenAIStubServer stub = new OpenAIStubServer().start()) {
      stub.enqueue(
          Reply.json(
              OpenAIStubServer.response(
                  "resp_1",
                  OpenAIStubServer.usage(40, 12, 0, 0),
                  OpenAIStubServer.mcpListToolsItem("mcpl_1", "gitmcp", "search_codex_code"),
                  OpenAIStubServer.mcpCallItem(
                      "mcp_1", "gitmcp", "search_codex_code", "{}", "Cargo.toml ...", null),
                  OpenAIStubServer.messageItem("msg_1", "Rust."))));
      OpenAIProvider provider =
          OpenAIProvider.newBuilder().setApiKey("sk-test").setBaseUrl(stub.baseUrl()).build();

      SampleRun run =
          SampleRun.with(new SimpleMCP(), List.of(), provider, 600, new SimpleMCP()::register);

      assertEquals("Rust.", run.result);
      JsonNode tool = stub.requests().get(0).body().get("tools").get(0);
      assertEquals("mcp", tool.get("type").asText());
      assertEquals("gitmcp", tool.get("server_label").asText());
      assertEquals("https://gitmcp.io/openai/codex", tool.get("server_url").asText());
      assertEquals("never", tool.get("require_approval").asText());
    }
  }
}
