package dev.durableagents.runtime.telemetry;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.FunctionToolDefinition;
import dev.durableagents.runtime.GuardrailResult;
import dev.durableagents.runtime.HandoffDefinition;
import dev.durableagents.runtime.InputGuardrail;
import dev.durableagents.runtime.OutputGuardrail;
import dev.durableagents.runtime.RunContext;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run with a handoff, an input guardrail (of the first agent) and an output guardrail (of the
 * last), an activity tool and an in-workflow tool called together, on a test server, with an
 * OpenTelemetry SDK that keeps spans and metrics in memory.
 */
final class TracingFixture implements AutoCloseable {

  @ActivityInterface
  public interface WeatherActivities {
    @ActivityMethod(name = "Weather.get")
    String get(String city);
  }

  public static class WeatherActivitiesImpl implements WeatherActivities {
    @Override
    public String get(String city) {
      return "Sunny in " + city;
    }
  }

  /** A weather service that is down: the model is told the tool failed. */
  public static class BrokenWeather implements WeatherActivities {
    @Override
    public String get(String city) {
      throw ApplicationFailure.newNonRetryableFailure("weather service down", "WeatherDown");
    }
  }

  static final FunctionToolDefinition WEATHER_TOOL =
      FunctionToolDefinition.newBuilder("getWeather")
          .setParametersSchema(
              "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                  + "\"required\":[\"city\"],\"additionalProperties\":false}")
          .setInvoker(
              call ->
                  Workflow.newUntypedActivityStub(
                          ActivityOptions.newBuilder()
                              .setStartToCloseTimeout(Duration.ofSeconds(10))
                              .build())
                      .executeAsync(
                          "Weather.get", String.class, call.arguments().get("city", String.class)))
          .build();

  static final FunctionToolDefinition CLOCK_TOOL =
      FunctionToolDefinition.newBuilder("localTime")
          .setParametersSchema(
              "{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}")
          .setInvoker(call -> Workflow.newPromise("12:00"))
          .build();

  static final class NoSecrets implements InputGuardrail {
    @Override
    public GuardrailResult check(RunContext<?> context, AgentDefinition agent, List<Item> input) {
      return GuardrailResult.pass(null);
    }
  }

  static final class Polite implements OutputGuardrail<String> {
    @Override
    public GuardrailResult check(RunContext<?> context, AgentDefinition agent, String output) {
      return GuardrailResult.pass(null);
    }
  }

  static final AgentDefinition WEATHER =
      AgentDefinition.newBuilder("Weather")
          .setModel("gpt-4o")
          .addTool(WEATHER_TOOL)
          .addTool(CLOCK_TOOL)
          .addOutputGuardrail(new Polite())
          .build();

  static final AgentDefinition TRIAGE =
      AgentDefinition.newBuilder("Triage")
          .setModel("gpt-4o-mini")
          .addHandoff(HandoffDefinition.to(WEATHER))
          .addInputGuardrail(new NoSecrets())
          .build();

  @WorkflowInterface
  public interface AskWorkflow {
    @WorkflowMethod
    String ask(String question);
  }

  public static class AskWorkflowImpl implements AskWorkflow {
    @Override
    public String ask(String question) {
      return Runner.<String>run(TRIAGE, question).finalOutput();
    }
  }

  static TestModel script() {
    return TestModel.returning(
        TestModel.toolCall("transfer_to_weather", "{}"),
        TestModel.response(
            new FunctionCall("call_w", "getWeather", "{\"city\":\"Tokyo\"}", null),
            new FunctionCall("call_t", "localTime", "{}", null)),
        TestModel.text("Sunny in Tokyo at noon."));
  }

  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  final OpenTelemetrySdk sdk;
  final AgentTestEnvironment env;

  /**
   * @param replaySafeIds whether the SDK takes the workflow's span ids
   * @param workflowCacheSize 0 replays the whole history on every workflow task
   */
  TracingFixture(boolean replaySafeIds, int workflowCacheSize) {
    this(replaySafeIds, workflowCacheSize, new WeatherActivitiesImpl());
  }

  /**
   * @param weather the tool activities of the worker
   */
  TracingFixture(boolean replaySafeIds, int workflowCacheSize, WeatherActivities weather) {
    SdkTracerProviderBuilder tracing =
        SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans));
    if (replaySafeIds) {
      tracing.setIdGenerator(ReplaySafeIdGenerator.create());
    }
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(tracing.build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(script()))
            .setOpenTelemetry(sdk)
            .build();
    env = AgentTestEnvironment.create(plugin, workflowCacheSize);
    env.worker().registerWorkflowImplementationTypes(AskWorkflowImpl.class);
    env.worker().registerActivitiesImplementations(weather);
    env.start();
  }

  /** Runs the workflow inside a client span {@code request}; returns the answer. */
  String run(String workflowId) {
    Tracer tracer = sdk.getTracer("test");
    Span request = tracer.spanBuilder("request").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      return env.newWorkflow(AskWorkflow.class, workflowId).ask("Weather in Tokyo?");
    } finally {
      request.end();
    }
  }

  List<SpanData> finished() {
    return spans.getFinishedSpanItems();
  }

  /** Each span as "parent name > name", sorted: the shape of the tree. */
  static List<String> edges(List<SpanData> spans) {
    Map<String, SpanData> byId =
        spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    return spans.stream()
        .map(
            s -> {
              SpanData parent = byId.get(s.getParentSpanId());
              return (parent == null ? "-" : parent.getName()) + " > " + s.getName();
            })
        .sorted()
        .toList();
  }

  @Override
  public void close() {
    env.close();
    sdk.close();
  }
}
