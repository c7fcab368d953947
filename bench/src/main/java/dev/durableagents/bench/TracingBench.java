package dev.durableagents.bench;

import dev.durableagents.runtime.telemetry.ReplaySafeIdGenerator;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What tracing costs: the overhead benchmark's generated run (10 tool turns, 21 activities, 0 ms
 * model latency, regular activities) on a worker without OpenTelemetry and on one with the SDK
 * (replay-safe ids, a batch span processor, a metric reader every second), both exporting to
 * nowhere, so the cost measured is the runtime's and the SDK's, not a network's. The two run in
 * turn, in one process, after a warm-up.
 */
public final class TracingBench {

  /**
   * The measurements.
   *
   * @param off run times without tracing, in milliseconds
   * @param on run times with tracing
   * @param spansPerRun spans exported per run with tracing
   */
  public record Result(List<Double> off, List<Double> on, double spansPerRun) {

    /** Median with tracing over median without. */
    public double ratio() {
      return Stats.median(on) / Stats.median(off);
    }
  }

  private TracingBench() {}

  /** Measures {@code repetitions} runs of each after {@code warmUps} unmeasured runs of each. */
  public static Result measure(int warmUps, int repetitions) {
    AtomicLong spans = new AtomicLong();
    OpenTelemetrySdk sdk = sdk(spans);
    ScriptedModel offModel = new ScriptedModel(10, 0);
    ScriptedModel onModel = new ScriptedModel(10, 0);
    List<Double> off = new ArrayList<>();
    List<Double> on = new ArrayList<>();
    long spansBefore;
    try (BenchEnvironment plain = new BenchEnvironment(offModel, false, 200, 600, null);
        BenchEnvironment traced = new BenchEnvironment(onModel, false, 200, 600, sdk)) {
      int sequence = 0;
      for (int i = 0; i < warmUps; i++) {
        run(plain, "tracing-off-" + sequence);
        run(traced, "tracing-on-" + sequence++);
      }
      sdk.getSdkTracerProvider().forceFlush().join(10, java.util.concurrent.TimeUnit.SECONDS);
      spansBefore = spans.get();
      for (int r = 0; r < repetitions; r++) {
        String suffix = String.valueOf(sequence++);
        // Alternate which goes first, so that neither always runs on a warmer machine.
        if (r % 2 == 0) {
          off.add(run(plain, "tracing-off-" + suffix));
          on.add(run(traced, "tracing-on-" + suffix));
        } else {
          on.add(run(traced, "tracing-on-" + suffix));
          off.add(run(plain, "tracing-off-" + suffix));
        }
      }
      sdk.getSdkTracerProvider().forceFlush().join(10, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      sdk.close();
    }
    double perRun = repetitions == 0 ? 0 : (spans.get() - spansBefore) / (double) repetitions;
    return new Result(off, on, perRun);
  }

  private static double run(BenchEnvironment env, String id) {
    long start = System.nanoTime();
    String answer =
        env.client()
            .newWorkflowStub(BenchAgentWorkflow.class, BenchEnvironment.options(id))
            .run("What are the facts?");
    double millis = (System.nanoTime() - start) / 1e6;
    if (!answer.startsWith("Done after ")) {
      throw new IllegalStateException("answered '" + answer + "'");
    }
    return millis;
  }

  private static OpenTelemetrySdk sdk(AtomicLong spans) {
    SpanExporter counting =
        new SpanExporter() {
          @Override
          public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAndGet(batch.size());
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
    MetricExporter nowhere =
        new MetricExporter() {
          @Override
          public AggregationTemporality getAggregationTemporality(InstrumentType type) {
            return AggregationTemporality.CUMULATIVE;
          }

          @Override
          public CompletableResultCode export(Collection<MetricData> metrics) {
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
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .setIdGenerator(ReplaySafeIdGenerator.create())
                .addSpanProcessor(BatchSpanProcessor.builder(counting).build())
                .build())
        .setMeterProvider(
            SdkMeterProvider.builder()
                .registerMetricReader(
                    PeriodicMetricReader.builder(nowhere)
                        .setInterval(Duration.ofSeconds(1))
                        .build())
                .build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
  }

  /** Prints the result as a markdown table. */
  public static void print(PrintStream out, Result r) {
    out.println();
    out.println("### 5. Tracing: one run of 10 tool turns (21 activities), 0 ms model latency");
    out.println();
    out.println(
        "Median of "
            + r.off().size()
            + " runs each, alternating; exporters discard what they get.");
    out.println();
    out.println("| tracing | spans per run | ms/run (median) | ms/run (min) | vs off |");
    out.println("|---|---|---|---|---|");
    out.println(
        "| off | 0 | "
            + Stats.f(Stats.median(r.off()), 2)
            + " | "
            + Stats.f(r.off().stream().mapToDouble(Double::doubleValue).min().orElse(0), 2)
            + " |  |");
    out.println(
        "| on (SDK, replay-safe ids, batch processor, metrics) | "
            + Stats.f(r.spansPerRun(), 0)
            + " | "
            + Stats.f(Stats.median(r.on()), 2)
            + " | "
            + Stats.f(r.on().stream().mapToDouble(Double::doubleValue).min().orElse(0), 2)
            + " | "
            + Stats.f(r.ratio(), 3)
            + " |");
  }
}
