package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.telemetry.MetricNames;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.interceptors.Header;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tracer, meter and propagator of one plugin, made from the user's {@link OpenTelemetry}. The
 * plugin has none when tracing is off: every use is behind a null check.
 */
public final class Telemetry {

  /** The Temporal header that carries the W3C trace context (and baggage) of a call. */
  static final String HEADER = "_durable_agents_otel";

  private static final String PROBE_TRACE = "0af7651916cd43dd8448eb211c80319c";
  private static final String PROBE_SPAN = "b7ad6b7169203331";

  final Tracer tracer;
  final TextMapPropagator propagator;
  final LongCounter tokens;
  final DoubleHistogram modelDuration;
  final DoubleHistogram toolDuration;
  final LongCounter toolFailures;
  final LongCounter runs;
  private volatile Boolean deterministicIds;

  public Telemetry(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    this.tracer = openTelemetry.getTracer(MetricNames.METER);
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    Meter meter = openTelemetry.getMeter(MetricNames.METER);
    this.tokens =
        meter
            .counterBuilder(MetricNames.TOKENS)
            .setUnit("{token}")
            .setDescription("Tokens of model calls, by agent, model and token type")
            .build();
    this.modelDuration =
        meter
            .histogramBuilder(MetricNames.MODEL_DURATION)
            .setUnit("s")
            .setDescription("Latency of model calls, per attempt")
            .build();
    this.toolDuration =
        meter
            .histogramBuilder(MetricNames.TOOL_DURATION)
            .setUnit("s")
            .setDescription("Latency of tool calls, retries included")
            .build();
    this.toolFailures =
        meter
            .counterBuilder(MetricNames.TOOL_FAILURES)
            .setUnit("{call}")
            .setDescription("Tool calls that failed")
            .build();
    this.runs =
        meter
            .counterBuilder(MetricNames.RUNS)
            .setUnit("{run}")
            .setDescription("Agent runs that ended, by outcome")
            .build();
  }

  /**
   * Whether the SDK behind the tracer takes the ids workflow code chooses ({@code
   * ReplaySafeIdGenerator}): probed once with an unsampled span, which nothing records.
   */
  boolean deterministicIds() {
    Boolean known = deterministicIds;
    if (known == null) {
      SpanContext parent =
          SpanContext.create(
              PROBE_TRACE, PROBE_SPAN, TraceFlags.getDefault(), TraceState.getDefault());
      String wanted = "00f067aa0ba902b7";
      SpanIdHint.set(PROBE_TRACE, wanted);
      try {
        Span probe =
            tracer
                .spanBuilder("durable-agents.probe")
                .setParent(Context.root().with(Span.wrap(parent)))
                .startSpan();
        known = wanted.equals(probe.getSpanContext().getSpanId());
      } finally {
        SpanIdHint.clear();
      }
      deterministicIds = known;
    }
    return known;
  }

  /** Writes {@code context}'s trace context into {@code header}. */
  void inject(Context context, Header header) {
    Map<String, String> carrier = new LinkedHashMap<>();
    propagator.inject(context, carrier, (c, k, v) -> c.put(k, v));
    if (!carrier.isEmpty()) {
      Optional<Payload> payload = DefaultDataConverter.STANDARD_INSTANCE.toPayload(carrier);
      payload.ifPresent(p -> header.getValues().put(HEADER, p));
    }
  }

  /** The trace context in {@code header}, on top of the root context. */
  @SuppressWarnings("unchecked")
  Context extract(Header header) {
    Payload payload = header == null ? null : header.getValues().get(HEADER);
    if (payload == null) {
      return Context.root();
    }
    Map<String, String> carrier =
        DefaultDataConverter.STANDARD_INSTANCE.fromPayload(payload, Map.class, Map.class);
    return propagator.extract(Context.root(), carrier, GETTER);
  }

  private static final TextMapGetter<Map<String, String>> GETTER =
      new TextMapGetter<>() {
        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };
}
