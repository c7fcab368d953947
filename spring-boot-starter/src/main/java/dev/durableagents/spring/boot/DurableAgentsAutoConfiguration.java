package dev.durableagents.spring.boot;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.mcp.McpServerProvider;
import dev.durableagents.runtime.openai.OpenAIProvider;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowClientPlugin;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.spring.boot.autoconfigure.RootNamespaceAutoConfiguration;
import io.temporal.spring.boot.autoconfigure.ServiceStubsAutoConfiguration;
import io.temporal.spring.boot.autoconfigure.TestServerAutoConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of Durable Agents on Temporal's Spring Boot starter.
 *
 * <ul>
 *   <li>A {@link ModelProvider} bean (unless the application defines one): the OpenAI provider from
 *       {@code durable-agents.openai.*}, else the {@code OPENAI_*} environment variables.
 *   <li>A {@link DurableAgentsPlugin} bean (unless the application defines one) from {@code
 *       durable-agents.*} and the {@link DurableAgentsPluginCustomizer} beans. Temporal's starter
 *       1.38 sets plugin beans that are also {@code WorkflowServiceStubsPlugin}s (ours is a {@code
 *       SimplePlugin}) on the service stubs, whose client plugins every {@code WorkflowClient}
 *       takes, and the workers take the client's. With {@code
 *       spring.temporal.test-server.enabled=true} it ignores such plugins, so a {@code
 *       TemporalOptionsCustomizer} sets the plugin on the test environment's client instead.
 *   <li>An {@link AgentsWorkerRegistrar}: the generated {@code AgentsModule}s of the configured
 *       packages, and the beans implementing their tool sets, registered on Temporal's workers
 *       before they start.
 * </ul>
 *
 * <p>Workers themselves are Temporal's: declare them with {@code
 * spring.temporal.workers[0].task-queue=...}. Turn the whole starter off with {@code
 * durable-agents.enabled=false}.
 */
@AutoConfiguration(
    before = {
      ServiceStubsAutoConfiguration.class,
      TestServerAutoConfiguration.class,
      RootNamespaceAutoConfiguration.class
    })
@ConditionalOnProperty(
    prefix = "durable-agents",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(DurableAgentsProperties.class)
public class DurableAgentsAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public DurableAgentsAutoConfiguration() {}

  /**
   * The OpenAI provider of model calls, from {@code durable-agents.openai.*} and {@code
   * durable-agents.default-model}, each falling back to its {@code OPENAI_*} variable.
   */
  @Bean
  @ConditionalOnMissingBean(ModelProvider.class)
  public OpenAIProvider durableAgentsModelProvider(
      DurableAgentsProperties properties, Environment environment) {
    DurableAgentsProperties.OpenAI openai = properties.getOpenai();
    OpenAIProvider.Builder builder =
        OpenAIProvider.newBuilder()
            .setApiKey(or(openai.getApiKey(), environment.getProperty("OPENAI_API_KEY")))
            .setBaseUrl(or(openai.getBaseUrl(), environment.getProperty("OPENAI_BASE_URL")));
    String api = or(openai.getApi(), environment.getProperty("OPENAI_API"));
    if (api != null) {
      builder.setApi(OpenAIProvider.Api.parse(api));
    }
    String model = or(properties.getDefaultModel(), environment.getProperty("OPENAI_MODEL"));
    if (model != null) {
      builder.setDefaultModel(model);
    }
    if (openai.getTimeout() != null) {
      builder.setTimeout(openai.getTimeout());
    }
    return builder.build();
  }

  /**
   * The plugin, with the application's {@link ModelProvider}, the model activity options, the local
   * MCP servers and the default model of the properties, then each customizer.
   */
  @Bean
  @ConditionalOnMissingBean(DurableAgentsPlugin.class)
  public DurableAgentsPlugin durableAgentsPlugin(
      DurableAgentsProperties properties,
      ModelProvider modelProvider,
      ObjectProvider<DurableAgentsPluginCustomizer> customizers) {
    DurableAgentsPlugin.Builder builder =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(modelProvider)
            .setModelActivityOptions(modelActivityOptions(properties.getModelActivity()));
    if (properties.getDefaultModel() != null) {
      builder.setDefaultModel(properties.getDefaultModel());
    }
    properties.getMcpServers().forEach((name, server) -> builder.addMcpServer(mcp(name, server)));
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /**
   * With Temporal's embedded test server only: sets the plugin on the test environment's client
   * options, which Temporal's starter 1.38 builds without {@code WorkflowServiceStubsPlugin} beans.
   * Not on a real server, where the service stubs already carry it (it would run twice).
   */
  @Bean
  @ConditionalOnProperty(
      prefix = "spring.temporal.test-server",
      name = "enabled",
      havingValue = "true")
  public TemporalOptionsCustomizer<WorkflowClientOptions.Builder> durableAgentsTestServerClient(
      DurableAgentsPlugin plugin) {
    return builder -> {
      WorkflowClientPlugin[] plugins = builder.build().getPlugins();
      if (Arrays.asList(plugins).contains(plugin)) {
        return builder;
      }
      WorkflowClientPlugin[] withAgents = Arrays.copyOf(plugins, plugins.length + 1);
      withAgents[plugins.length] = plugin;
      return builder.setPlugins(withAgents);
    };
  }

  /** Registers the generated agents and the tool beans on Temporal's workers. */
  @Bean
  @ConditionalOnMissingBean
  public AgentsWorkerRegistrar durableAgentsWorkerRegistrar(
      DurableAgentsProperties properties, ConfigurableListableBeanFactory beanFactory) {
    List<String> packages = new ArrayList<>(properties.getPackages());
    if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
      packages.addAll(AutoConfigurationPackages.get(beanFactory));
    }
    return new AgentsWorkerRegistrar(
        beanFactory, packages, properties.getTaskQueues(), properties.isRegisterToolBeans());
  }

  static ModelActivityOptions modelActivityOptions(DurableAgentsProperties.ModelActivity p) {
    ModelActivityOptions.Builder builder = ModelActivityOptions.newBuilder();
    if (p.getTaskQueue() != null) {
      builder.setTaskQueue(p.getTaskQueue());
    }
    if (p.getStartToCloseTimeout() != null) {
      builder.setStartToCloseTimeout(p.getStartToCloseTimeout());
    }
    if (p.getScheduleToCloseTimeout() != null) {
      builder.setScheduleToCloseTimeout(p.getScheduleToCloseTimeout());
    }
    if (p.getScheduleToStartTimeout() != null) {
      builder.setScheduleToStartTimeout(p.getScheduleToStartTimeout());
    }
    if (p.getHeartbeatTimeout() != null) {
      builder.setHeartbeatTimeout(p.getHeartbeatTimeout());
    }
    builder.setUseLocalActivity(p.isLocalActivity());
    return builder.build();
  }

  static McpServerProvider mcp(String name, DurableAgentsProperties.McpServer server) {
    boolean command = server.getCommand() != null && !server.getCommand().isEmpty();
    int transports =
        (command ? 1 : 0)
            + (server.getUrl() != null ? 1 : 0)
            + (server.getSseUrl() != null ? 1 : 0);
    if (transports != 1) {
      throw new IllegalArgumentException(
          "durable-agents.mcp-servers."
              + name
              + ": set exactly one of 'command' (a stdio server), 'url' (streamable HTTP) and"
              + " 'sse-url' (HTTP+SSE)");
    }
    McpServerProvider provider =
        command
            ? McpServerProvider.stdio(name, List.copyOf(server.getCommand()))
            : server.getUrl() != null
                ? McpServerProvider.streamableHttp(name, server.getUrl())
                : McpServerProvider.sse(name, server.getSseUrl());
    return server.isStateful() ? provider.stateful() : provider;
  }

  private static String or(String value, String fallback) {
    return value != null && !value.isBlank() ? value : fallback;
  }
}
