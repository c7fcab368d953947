package dev.durableagents.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.openai.OpenAIProvider;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans the auto-configuration makes from {@code durable-agents.*} properties. */
class DurableAgentsPropertiesTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(DurableAgentsAutoConfiguration.class));

  @Test
  void propertiesConfigureTheProviderAndThePlugin() {
    runner
        .withPropertyValues(
            "durable-agents.openai.api-key=sk-test",
            "durable-agents.openai.base-url=http://127.0.0.1:11434/v1",
            "durable-agents.openai.api=chat_completions",
            "durable-agents.default-model=llama3.2",
            "durable-agents.model-activity.start-to-close-timeout=7s",
            "durable-agents.model-activity.heartbeat-timeout=3s",
            "durable-agents.model-activity.schedule-to-close-timeout=2m",
            "durable-agents.model-activity.local-activity=true",
            "durable-agents.model-activity.task-queue=models",
            "durable-agents.mcp-servers.files.command=npx,-y,@modelcontextprotocol/server-filesystem,/srv",
            "durable-agents.mcp-servers.weather.url=http://127.0.0.1:8000/mcp",
            "durable-agents.mcp-servers.memory.command=npx,-y,@modelcontextprotocol/server-memory",
            "durable-agents.mcp-servers.memory.stateful=true",
            "durable-agents.mcp-servers.legacy.sse-url=http://127.0.0.1:8001/sse")
        .run(
            context -> {
              OpenAIProvider provider = context.getBean(OpenAIProvider.class);
              assertThat(provider.api()).isEqualTo(OpenAIProvider.Api.CHAT_COMPLETIONS);
              assertThat(provider.baseUrl()).isEqualTo("http://127.0.0.1:11434/v1");
              assertThat(provider.defaultModel()).isEqualTo("llama3.2");
              assertThat(provider.hasApiKey()).isTrue();

              DurableAgentsPlugin plugin = context.getBean(DurableAgentsPlugin.class);
              ModelActivityOptions options = plugin.getModelActivityOptions();
              assertThat(options.getStartToCloseTimeout()).isEqualTo(Duration.ofSeconds(7));
              assertThat(options.getHeartbeatTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(options.getScheduleToCloseTimeout()).isEqualTo(Duration.ofMinutes(2));
              assertThat(options.isUseLocalActivity()).isTrue();
              assertThat(options.getTaskQueue()).isEqualTo("models");
              assertThat(plugin.getDefaultModel()).isEqualTo("llama3.2");
              assertThat(plugin.getMcpServers())
                  .containsOnlyKeys("files", "weather", "memory", "legacy");
              assertThat(plugin.getMcpServers().get("memory").isStateful()).isTrue();
              assertThat(plugin.getMcpServers().get("files").isStateful()).isFalse();
            });
  }

  @Test
  void anMcpServerNeedsACommandOrAUrlNotBoth() {
    runner
        .withPropertyValues(
            "durable-agents.mcp-servers.both.command=server",
            "durable-agents.mcp-servers.both.url=http://127.0.0.1:8000/mcp")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("durable-agents.mcp-servers.both: set exactly one"));
  }

  @Test
  void theApplicationsProviderAndCustomizersWin() {
    runner
        .withBean(TestModelProvider.class, () -> new TestModelProvider(TestModel.returning()))
        .withBean(
            DurableAgentsPluginCustomizer.class,
            () -> builder -> builder.setDefaultModel("from-customizer"))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(OpenAIProvider.class);
              assertThat(context.getBean(ModelProvider.class))
                  .isInstanceOf(TestModelProvider.class);
              assertThat(context.getBean(DurableAgentsPlugin.class).getDefaultModel())
                  .isEqualTo("from-customizer");
            });
  }

  @Test
  void canBeTurnedOff() {
    runner
        .withPropertyValues("durable-agents.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(DurableAgentsPlugin.class));
  }
}
