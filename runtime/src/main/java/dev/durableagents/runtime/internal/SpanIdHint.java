package dev.durableagents.runtime.internal;

/**
 * The ids the next span started on this thread should have: set by workflow code just before it
 * starts a span whose ids are derived from the workflow (so that a replay on another worker names
 * the same spans), read by {@code ReplaySafeIdGenerator}. Kept free of SDK types, so the runtime
 * runs with the OpenTelemetry API alone.
 */
public final class SpanIdHint {

  private static final ThreadLocal<String[]> NEXT = new ThreadLocal<>();

  private SpanIdHint() {}

  static void set(String traceId, String spanId) {
    NEXT.set(new String[] {traceId, spanId});
  }

  static void clear() {
    NEXT.remove();
  }

  /** The span id to use now, or {@code null} for a random one. */
  public static String spanId() {
    String[] ids = NEXT.get();
    return ids != null ? ids[1] : null;
  }

  /** The trace id to use now, or {@code null} for a random one. */
  public static String traceId() {
    String[] ids = NEXT.get();
    return ids != null ? ids[0] : null;
  }
}
