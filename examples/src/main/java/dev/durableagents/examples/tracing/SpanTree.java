package dev.durableagents.examples.tracing;

import dev.durableagents.examples.support.Models;
import dev.durableagents.examples.support.Sample;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.telemetry.GenAiAttributes;
import dev.durableagents.runtime.telemetry.ReplaySafeIdGenerator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code tracing/SpanTree}: OpenTelemetry traces of an agent run. The plugin gets an {@code
 * OpenTelemetry} SDK that keeps spans in memory (in production: an OTLP exporter, see the README),
 * the run starts inside a span of the caller, and the sample prints the tree of spans: the client's
 * start, the agent run, its turns, model calls in the workflow and on the worker, the tool
 * activity, the handoff and the guardrail, in one trace.
 */
public final class SpanTree implements Sample {

  /** The task queue of the sample's worker. */
  public static final String TASK_QUEUE = "durable-agents-tracing-task-queue";

  private final List<SpanData> spans = new CopyOnWriteArrayList<>();
  private OpenTelemetrySdk sdk;

  @Override
  public String name() {
    return "tracing/SpanTree";
  }

  @Override
  public String description() {
    return "OpenTelemetry: the span tree of a run with a handoff, a guardrail and a tool";
  }

  @Override
  public String taskQueue() {
    return TASK_QUEUE;
  }

  @Override
  public void register(Worker worker) {
    AgentsModule.register(worker, new TracingAgents.ForecastToolsImpl());
  }

  @Override
  public List<ModelResponse> offlineScript(List<String> args) {
    return List.of(
        TestModel.toolCall("transfer_to_forecaster", "{}"),
        TestModel.toolCall("forecast", "{\"city\":\"Tokyo\"}"),
        TestModel.text("Sunny in Tokyo today, 14-20C."));
  }

  /** The samples' plugin, with an OpenTelemetry SDK whose spans this sample keeps. */
  @Override
  public DurableAgentsPlugin plugin(Models.Choice model) {
    spans.clear();
    SpanExporter memory =
        new SpanExporter() {
          @Override
          public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
          }

          @Override
          public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
          }

          @Override
          public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
          }
        };
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    // Workflow spans keep their ids when another worker replays the run.
                    .setIdGenerator(ReplaySafeIdGenerator.create())
                    .addSpanProcessor(SimpleSpanProcessor.create(memory))
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    return Models.pluginBuilder(model).setOpenTelemetry(sdk).build();
  }

  @Override
  public String run(WorkflowClient client, String workflowId, List<String> args) {
    String question = args.isEmpty() ? "What is the weather in Tokyo?" : String.join(" ", args);
    if (sdk == null) {
      // A client made without plugin(): no spans to show.
      return newWorkflow(client, TracingAgents_TriageWorkflow.class, workflowId).answer(question);
    }
    Span request = sdk.getTracer("samples").spanBuilder("ask " + workflowId).startSpan();
    String answer;
    try (Scope ignored = request.makeCurrent()) {
      answer = newWorkflow(client, TracingAgents_TriageWorkflow.class, workflowId).answer(question);
    } finally {
      request.end();
    }
    return answer
        + "\n\nSpans of trace "
        + request.getSpanContext().getTraceId()
        + ":\n"
        + tree(spans);
  }

  /** The spans as an indented tree, children in the order they started. */
  static String tree(List<SpanData> spans) {
    Map<String, SpanData> byId = new LinkedHashMap<>();
    spans.forEach(s -> byId.put(s.getSpanId(), s));
    Map<String, List<SpanData>> children = new LinkedHashMap<>();
    List<SpanData> roots = new ArrayList<>();
    for (SpanData span : spans) {
      if (byId.containsKey(span.getParentSpanId())) {
        children.computeIfAbsent(span.getParentSpanId(), k -> new ArrayList<>()).add(span);
      } else {
        roots.add(span);
      }
    }
    StringBuilder out = new StringBuilder();
    roots.sort(ORDER);
    roots.forEach(root -> print(root, children, 1, out));
    return out.toString();
  }

  private static final Comparator<SpanData> ORDER =
      Comparator.comparingLong(SpanData::getStartEpochNanos).thenComparing(SpanData::getName);

  private static void print(
      SpanData span, Map<String, List<SpanData>> children, int depth, StringBuilder out) {
    String label = "  ".repeat(depth) + span.getName();
    long millis = (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1_000_000;
    out.append(String.format("%-56s %6d ms%s%n", label, millis, details(span)));
    List<SpanData> below = new ArrayList<>(children.getOrDefault(span.getSpanId(), List.of()));
    below.sort(ORDER);
    below.forEach(child -> print(child, children, depth + 1, out));
  }

  private static String details(SpanData span) {
    StringBuilder out = new StringBuilder();
    append(out, span, GenAiAttributes.AGENT_NAME, "agent");
    append(out, span, GenAiAttributes.TOOL_CALL_ID, "call");
    Long in = span.getAttributes().get(GenAiAttributes.USAGE_INPUT_TOKENS);
    Long outTokens = span.getAttributes().get(GenAiAttributes.USAGE_OUTPUT_TOKENS);
    if (in != null && outTokens != null) {
      out.append("  tokens ").append(in).append(" in, ").append(outTokens).append(" out");
    }
    return out.toString();
  }

  private static void append(
      StringBuilder out, SpanData span, AttributeKey<String> key, String label) {
    String value = span.getAttributes().get(key);
    if (value != null) {
      out.append("  ").append(label).append(' ').append(value);
    }
  }
}
