package dev.durableagents.runtime.testing;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelException;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test a started worker with the {@link DurableAgentsPlugin},
 * your generated agents and tools, and a scripted model, on Temporal's in-process test server.
 *
 * <pre>{@code
 * @RegisterExtension
 * static DurableAgentsExtension agents = DurableAgentsExtension.newBuilder()
 *     .register(worker -> AgentsModule.register(worker, new WeatherToolsImpl()))
 *     .build();
 *
 * @Test
 * void answersWithTheTool() {
 *   agents.script(
 *       TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
 *       TestModel.text("It is sunny in Tokyo."));
 *   String answer = agents.newAgent(WeatherAgentWorkflow.class).ask("Weather in Tokyo?");
 *   assertEquals("It is sunny in Tokyo.", answer);
 *   agents.history().assertActivities("InvokeModel", "WeatherTools.getWeather", "InvokeModel");
 * }
 * }</pre>
 *
 * <p>Every test gets a fresh test server (time-skipping unless {@link
 * Builder#setUseTimeskipping(boolean) turned off}), closed after it. Test methods may also declare
 * parameters of type {@link AgentTestEnvironment}, {@link TestWorkflowEnvironment}, {@link
 * WorkflowClient} or {@link Worker}. Script the model with {@link #script} or {@link #setModel}
 * before the agent calls it; a model call with nothing scripted fails the run with a non-retryable
 * {@link ModelException} of type {@value #NO_MODEL}.
 */
public final class DurableAgentsExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** The failure type of a model call in a test that scripted no model. */
  public static final String NO_MODEL = "NoModelScripted";

  private final List<Consumer<Worker>> registrations;
  private final Consumer<DurableAgentsPlugin.Builder> pluginConfiguration;
  private final boolean useTimeskipping;
  private final AtomicInteger runs = new AtomicInteger();

  private volatile Model model;
  private volatile AgentTestEnvironment environment;
  private volatile String lastWorkflowId;

  private DurableAgentsExtension(Builder builder) {
    this.registrations = List.copyOf(builder.registrations);
    this.pluginConfiguration = builder.pluginConfiguration;
    this.useTimeskipping = builder.useTimeskipping;
  }

  /** A builder; {@link Builder#register} your generated {@code AgentsModule}. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Scripts the model of this test: each model call gets the next response, in order.
   *
   * @return the scripted model, whose {@link TestModel#requests()} the test can inspect
   */
  public TestModel script(ModelResponse... responses) {
    TestModel scripted = TestModel.returning(responses);
    setModel(scripted);
    return scripted;
  }

  /** Sets the model every model call of this test goes to (any {@link Model}). */
  public void setModel(Model model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * A stub of the agent workflow interface {@code workflowInterface} (the generated {@code
   * <Agent>Workflow}, or any workflow registered on the worker), with a fresh workflow id that
   * {@link #history()} then reads.
   */
  public <T> T newAgent(Class<T> workflowInterface) {
    return newAgent(
        workflowInterface, workflowInterface.getSimpleName() + "-" + runs.incrementAndGet());
  }

  /** A stub of {@code workflowInterface} with this workflow id, on the test worker's task queue. */
  public <T> T newAgent(Class<T> workflowInterface, String workflowId) {
    T stub =
        environment()
            .client()
            .newWorkflowStub(
                workflowInterface,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(AgentTestEnvironment.TASK_QUEUE)
                    .setWorkflowId(workflowId)
                    .build());
    lastWorkflowId = workflowId;
    return stub;
  }

  /** The history of the workflow the last {@link #newAgent} stub addressed. */
  public AgentHistory history() {
    String id = lastWorkflowId;
    if (id == null) {
      throw new IllegalStateException("no agent started in this test: call newAgent(...) first");
    }
    return history(id);
  }

  /** The history of the workflow with this id. */
  public AgentHistory history(String workflowId) {
    return environment().history(workflowId);
  }

  /** This test's environment (server, client, worker). */
  public AgentTestEnvironment environment() {
    AgentTestEnvironment env = environment;
    if (env == null) {
      throw new IllegalStateException(
          "DurableAgentsExtension is used outside a test: register it with @RegisterExtension");
    }
    return env;
  }

  /** This test's client, which carries the plugin. */
  public WorkflowClient client() {
    return environment().client();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    model = null;
    lastWorkflowId = null;
    DurableAgentsPlugin.Builder plugin =
        DurableAgentsPlugin.newBuilder().setModelProvider(name -> this::respond);
    pluginConfiguration.accept(plugin);
    AgentTestEnvironment env =
        useTimeskipping
            ? AgentTestEnvironment.create(plugin.build(), 600)
            : AgentTestEnvironment.createRealTime(plugin.build());
    try {
      for (Consumer<Worker> registration : registrations) {
        registration.accept(env.worker());
      }
      env.start();
    } catch (RuntimeException | Error e) {
      env.close();
      throw e;
    }
    environment = env;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    AgentTestEnvironment env = environment;
    environment = null;
    if (env != null) {
      env.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == AgentTestEnvironment.class
        || type == TestWorkflowEnvironment.class
        || type == WorkflowClient.class
        || type == Worker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    AgentTestEnvironment env = environment;
    if (env == null) {
      throw new ParameterResolutionException(
          type.getSimpleName() + " is available to test methods only (not to @BeforeAll)");
    }
    if (type == AgentTestEnvironment.class) {
      return env;
    }
    if (type == TestWorkflowEnvironment.class) {
      return env.env();
    }
    if (type == WorkflowClient.class) {
      return env.client();
    }
    return env.worker();
  }

  private ModelResponse respond(ModelRequest request) {
    Model current = model;
    if (current == null) {
      throw new ModelException(
          "no model scripted for this test: agent '"
              + request.agentName()
              + "' called the model; call script(...) or setModel(...) on the"
              + " DurableAgentsExtension before starting the agent",
          NO_MODEL,
          false,
          null,
          null);
    }
    return current.getResponse(request);
  }

  /** Builds a {@link DurableAgentsExtension}. */
  public static final class Builder {

    private final List<Consumer<Worker>> registrations = new ArrayList<>();
    private Consumer<DurableAgentsPlugin.Builder> pluginConfiguration = plugin -> {};
    private boolean useTimeskipping = true;

    private Builder() {}

    /**
     * Registers agents and tools on each test's worker, typically {@code worker ->
     * AgentsModule.register(worker, new MyToolsImpl())}. May be called more than once.
     */
    public Builder register(Consumer<Worker> registration) {
      registrations.add(Objects.requireNonNull(registration, "registration"));
      return this;
    }

    /**
     * Configures the plugin beyond its model provider (activity options, MCP servers, limits); the
     * model provider is the extension's and should not be replaced.
     */
    public Builder configurePlugin(Consumer<DurableAgentsPlugin.Builder> configuration) {
      this.pluginConfiguration = Objects.requireNonNull(configuration, "configuration");
      return this;
    }

    /**
     * Whether the test server skips time when the workflow waits on timers (default {@code true});
     * turn off for heartbeat and timeout tests measured in real time.
     */
    public Builder setUseTimeskipping(boolean useTimeskipping) {
      this.useTimeskipping = useTimeskipping;
      return this;
    }

    /** The extension; register it with {@code @RegisterExtension}. */
    public DurableAgentsExtension build() {
      return new DurableAgentsExtension(this);
    }
  }
}
