package dev.durableagents.examples.support;

import dev.durableagents.examples.agent_patterns.AgentsAsTools;
import dev.durableagents.examples.agent_patterns.Deterministic;
import dev.durableagents.examples.agent_patterns.ForcingToolUse;
import dev.durableagents.examples.agent_patterns.InputGuardrails;
import dev.durableagents.examples.agent_patterns.LLMAsAJudge;
import dev.durableagents.examples.agent_patterns.OutputGuardrails;
import dev.durableagents.examples.agent_patterns.Parallelization;
import dev.durableagents.examples.agent_patterns.Routing;
import dev.durableagents.examples.basic.AgentLifecycle;
import dev.durableagents.examples.basic.DynamicSystemPrompt;
import dev.durableagents.examples.basic.HelloWorld;
import dev.durableagents.examples.basic.Lifecycle;
import dev.durableagents.examples.basic.LocalImage;
import dev.durableagents.examples.basic.NonStrictOutput;
import dev.durableagents.examples.basic.PreviousResponseId;
import dev.durableagents.examples.basic.RemoteImage;
import dev.durableagents.examples.basic.Tools;
import dev.durableagents.examples.customer_service.CustomerService;
import dev.durableagents.examples.financial_research_agent.FinancialResearch;
import dev.durableagents.examples.handoffs.MessageFilter;
import dev.durableagents.examples.hosted_mcp.ApprovalMCP;
import dev.durableagents.examples.hosted_mcp.SimpleMCP;
import dev.durableagents.examples.human_in_the_loop.HumanInTheLoop;
import dev.durableagents.examples.mcp.FileSystem;
import dev.durableagents.examples.mcp.MemoryResearchScratchpad;
import dev.durableagents.examples.mcp.PromptServer;
import dev.durableagents.examples.mcp.Sse;
import dev.durableagents.examples.mcp.StreamableHttp;
import dev.durableagents.examples.model_providers.GptOss;
import dev.durableagents.examples.model_providers.LitellmAuto;
import dev.durableagents.examples.reasoning_content.ReasoningContent;
import dev.durableagents.examples.research_bot.Research;
import dev.durableagents.examples.streaming.StreamItems;
import dev.durableagents.examples.streaming.StreamText;
import dev.durableagents.examples.tools.CodeInterpreter;
import dev.durableagents.examples.tools.FileSearch;
import dev.durableagents.examples.tools.ImageGenerator;
import dev.durableagents.examples.tools.WebSearch;
import dev.durableagents.examples.tracing.SpanTree;
import java.util.List;

/** Every sample the launcher can run. */
public final class Samples {

  private Samples() {}

  /** All samples, in the order {@code --list} prints them. */
  public static List<Sample> all() {
    return List.of(
        new HelloWorld(),
        new Tools(),
        new AgentLifecycle(),
        new Lifecycle(),
        new DynamicSystemPrompt(),
        new PreviousResponseId(),
        new NonStrictOutput(),
        new LocalImage(),
        new RemoteImage(),
        new CodeInterpreter(),
        new FileSearch(),
        new ImageGenerator(),
        new WebSearch(),
        new AgentsAsTools(),
        new Deterministic(),
        new Parallelization(),
        new LLMAsAJudge(),
        new ForcingToolUse(),
        new InputGuardrails(),
        new OutputGuardrails(),
        new Routing(),
        new MessageFilter(),
        new CustomerService(),
        new SimpleMCP(),
        new ApprovalMCP(),
        new HumanInTheLoop(),
        new FileSystem(),
        new MemoryResearchScratchpad(),
        new PromptServer(),
        new Sse(),
        new StreamableHttp(),
        new LitellmAuto(),
        new GptOss(),
        new ReasoningContent(),
        new FinancialResearch(),
        new Research(),
        new SpanTree(),
        new StreamText(),
        new StreamItems());
  }

  /** The sample named {@code name}, or {@code null}. */
  public static Sample find(String name) {
    for (Sample sample : all()) {
      if (sample.name().equalsIgnoreCase(name)) {
        return sample;
      }
    }
    return null;
  }
}
