package dev.durableagents.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.integration.scenario.AgentsModule;
import dev.durableagents.integration.scenario.AtlasTools;
import dev.durableagents.integration.scenario.Forecast;
import dev.durableagents.integration.scenario.ScenarioTools;
import dev.durableagents.integration.scenario.TriageAgentWorkflow;
import dev.durableagents.integration.scenario.Weather;
import dev.durableagents.integration.scenario.WeatherTools;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.telemetry.ReplaySafeIdGenerator;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Traces on the real server when the worker running a run dies in the middle of it and another
 * worker finishes it (issue 13): one trace from the client span to every activity, whole (every
 * span's parent is in it), and no step recorded twice, though the second worker replays the steps
 * the first one completed.
 */
class TracingAfterWorkerDeathIT {

  /** A region tool that never returns: the worker holding it is the one that dies. */
  private static final class StuckAtlas implements AtlasTools {
    final CountDownLatch called = new CountDownLatch(1);

    @Override
    public String region(String city) {
      called.countDown();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("the worker died");
    }
  }

  /** The first worker's tools: the weather tools work, the region tool hangs. */
  private static final class FirstWorkerTools implements AtlasTools, WeatherTools {
    final StuckAtlas atlas = new StuckAtlas();
    final ScenarioTools tools = new ScenarioTools(null, 0);

    @Override
    public String region(String city) {
      return atlas.region(city);
    }

    @Override
    public int temperature(String city) {
      return tools.temperature(city);
    }

    @Override
    public String wind(String city) {
      return tools.wind(city);
    }
  }

  @Test
  void aRunResumedByAnotherWorkerKeepsOneWholeTraceWithoutDuplicates() throws Exception {
    String address = RealServer.address();
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .setIdGenerator(ReplaySafeIdGenerator.create())
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    String city = "Oslo";
    Forecast expected = Weather.expected(List.of(city));
    TestModel model =
        TestModel.returning(
            TestModel.toolCall("region", "{\"city\":\"Oslo\"}"),
            TestModel.toolCall("transfer_to_forecaster", "{}"),
            TestModel.response(
                new FunctionCall("call_t", "temperature", "{\"city\":\"Oslo\"}", null),
                new FunctionCall("call_w", "wind", "{\"city\":\"Oslo\"}", null)),
            TestModel.text(new ObjectMapper().writeValueAsString(expected)));
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(new TestModelProvider(model))
            .setOpenTelemetry(sdk)
            .build();
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setPlugins(plugin).build());
    String queue = "it-tracing-" + UUID.randomUUID();
    String id = RealServer.id("traced");
    FirstWorkerTools first = new FirstWorkerTools();
    WorkerFactory dying = WorkerFactory.newInstance(client);
    AgentsModule.register(dying.newWorker(queue), first);
    dying.start();

    TriageAgentWorkflow workflow =
        client.newWorkflowStub(
            TriageAgentWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(queue).setWorkflowId(id).build());
    Span request = sdk.getTracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      WorkflowClient.start(workflow::forecast, Weather.request(List.of(city)));
    } finally {
      request.end();
    }
    assertTrue(first.atlas.called.await(60, TimeUnit.SECONDS), "the first tool call never came");
    dying.shutdownNow(); // the worker dies holding the run's first tool call
    dying.awaitTermination(10, TimeUnit.SECONDS);

    WorkerFactory next = WorkerFactory.newInstance(client);
    Worker worker = next.newWorker(queue);
    AgentsModule.register(worker, new ScenarioTools(null, 0));
    next.start();
    try {
      Forecast forecast =
          WorkflowStub.fromTyped(workflow).getResult(120, TimeUnit.SECONDS, Forecast.class);
      assertEquals(expected, forecast);
    } finally {
      next.shutdownNow();
      service.shutdownNow();
    }

    List<SpanData> all = spans.getFinishedSpanItems();
    Map<String, SpanData> byId =
        all.stream()
            .collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (a, b) -> a));
    assertEquals(all.size(), byId.size(), "a span id recorded twice: " + names(all));
    assertEquals(1, all.stream().map(SpanData::getTraceId).distinct().count(), names(all));
    for (SpanData span : all) {
      if (!span.getName().equals("request")) {
        assertNotNull(
            byId.get(span.getParentSpanId()), span.getName() + " has no parent in the trace");
      }
    }
    Map<String, Long> count = new HashMap<>();
    all.forEach(s -> count.merge(s.getName(), 1L, Long::sum));
    // Each workflow step once, though the second worker replayed the first model call (a handoff
    // stays inside the run's invoke_agent span).
    assertEquals(1L, count.get("invoke_agent Triage"), count.toString());
    assertEquals(4L, count.get("RunActivity:InvokeModel"), count.toString());
    // The region call's two attempts: the one the dying worker held, and the retry.
    assertEquals(2L, count.get("RunActivity:AtlasTools.region"), count.toString());
    assertEquals(1L, count.get("execute_tool region"), count.toString());
    assertEquals(1L, count.get("execute_tool temperature"), count.toString());
    assertEquals(1L, count.get("execute_tool wind"), count.toString());
    assertTrue(count.keySet().stream().anyMatch(n -> n.startsWith("handoff ")), count.toString());
  }

  private static String names(List<SpanData> spans) {
    return spans.stream().map(SpanData::getName).sorted().collect(Collectors.joining(", "));
  }
}
