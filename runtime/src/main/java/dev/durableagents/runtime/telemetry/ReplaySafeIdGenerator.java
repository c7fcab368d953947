package dev.durableagents.runtime.telemetry;

import dev.durableagents.runtime.internal.SpanIdHint;
import io.opentelemetry.sdk.trace.IdGenerator;
import java.util.Objects;

/**
 * An SDK {@link IdGenerator} that gives the spans of agent workflows ids derived from the workflow
 * run and the step, and every other span its delegate's ids. Install it in the SDK you bring:
 *
 * <pre>{@code
 * SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
 *     .setIdGenerator(ReplaySafeIdGenerator.create())
 *     .addSpanProcessor(BatchSpanProcessor.builder(OtlpGrpcSpanExporter.getDefault()).build())
 *     .build();
 * }</pre>
 *
 * <p>Workflow spans are recorded when their step completes, and only by the worker that runs the
 * step for the first time (not on replay). A span that is still open when its worker dies is
 * recorded by the worker that completes it, under the same id its children already name: with this
 * generator the tree of a run stays whole across worker crashes. Without it, the spans made in
 * workflow code are all children of the workflow's own parent (the client's span), a flat tree.
 */
public final class ReplaySafeIdGenerator implements IdGenerator {

  private final IdGenerator delegate;

  private ReplaySafeIdGenerator(IdGenerator delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** A generator with random ids for other spans. */
  public static ReplaySafeIdGenerator create() {
    return new ReplaySafeIdGenerator(IdGenerator.random());
  }

  /** A generator with {@code delegate}'s ids for other spans. */
  public static ReplaySafeIdGenerator wrapping(IdGenerator delegate) {
    return new ReplaySafeIdGenerator(delegate);
  }

  @Override
  public String generateSpanId() {
    String id = SpanIdHint.spanId();
    return id != null ? id : delegate.generateSpanId();
  }

  @Override
  public String generateTraceId() {
    String id = SpanIdHint.traceId();
    return id != null ? id : delegate.generateTraceId();
  }
}
