package dev.durableagents.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import dev.durableagents.examples.reasoning_content.ReasoningContent;
import dev.durableagents.examples.research_bot.Research;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.examples.support.SampleRun;
import dev.durableagents.examples.tools.CodeInterpreter;
import dev.durableagents.examples.tools.ImageGenerator;
import dev.durableagents.examples.tools.WebSearch;
import dev.durableagents.runtime.openai.OpenAIProvider;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples against the real OpenAI API. Skipped unless {@code OPENAI_API_KEY} is set; a real
 * model's words vary, so these assert the shape of the run, not its text: where the activities are
 * fixed, all of them; else the agent of the first model call.
 */
@EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
class RealOpenAITest {

  static List<Object[]> samples() {
    return List.of(
        new Object[] {new HelloWorld(), List.of("InvokeModel")},
        new Object[] {new LocalImage(), List.of("ImageFiles.readAsDataUrl", "InvokeModel")},
        new Object[] {new RemoteImage(), List.of("InvokeModel")},
        // Hosted tools run during the model call. FileSearch is left out: it needs a vector store.
        new Object[] {new CodeInterpreter(), List.of("InvokeModel")},
        new Object[] {new ImageGenerator(), List.of("InvokeModel")},
        new Object[] {new WebSearch(), List.of("InvokeModel")},
        new Object[] {
          new Tools(), List.of("InvokeModel", "WeatherTools.getWeather", "InvokeModel")
        });
  }

  @ParameterizedTest
  @MethodSource("samples")
  void runsAgainstOpenAI(Sample sample, List<String> activities) {
    SampleRun run =
        SampleRun.with(sample, List.of(), OpenAIProvider.fromEnvironment(), 600, sample::register);

    assertFalse(run.result.isBlank());
    assertEquals(activities, run.activities());
  }

  static List<Object[]> firstAgents() {
    return List.of(
        new Object[] {new AgentLifecycle(), "Start Agent"},
        new Object[] {new Lifecycle(), "Start Agent"},
        new Object[] {new DynamicSystemPrompt(), "Chat agent"},
        new Object[] {new PreviousResponseId(), "Assistant"},
        new Object[] {new NonStrictOutput(), "Assistant"},
        new Object[] {new AgentsAsTools(), "orchestrator_agent"},
        new Object[] {new Deterministic(), "story_outline_agent"},
        new Object[] {new Parallelization(), "spanish_agent"},
        new Object[] {new LLMAsAJudge(), "story_outline_generator"},
        new Object[] {new ForcingToolUse(), "Weather agent"},
        new Object[] {new InputGuardrails(), "Guardrail check"},
        new Object[] {new OutputGuardrails(), "Assistant"},
        new Object[] {new Routing(), "triage_agent"},
        new Object[] {new MessageFilter(), "Assistant"},
        new Object[] {new FinancialResearch(), "FinancialPlannerAgent"},
        new Object[] {new Research(), "PlannerAgent"},
        new Object[] {new CustomerService(), "Triage Agent"},
        new Object[] {new SimpleMCP(), "Assistant"},
        new Object[] {new ApprovalMCP(), "Assistant"},
        new Object[] {new ReasoningContent(), "Reasoner"});
  }

  @ParameterizedTest
  @MethodSource("firstAgents")
  void runsAgainstOpenAIFromItsFirstAgent(Sample sample, String firstAgent) {
    SampleRun run =
        SampleRun.with(sample, List.of(), OpenAIProvider.fromEnvironment(), 600, sample::register);

    assertFalse(run.result.isBlank());
    assertEquals(firstAgent, run.modelCallAgents().get(0));
  }
}
