package dev.durableagents.runtime.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spans and metrics of an agent run, from the client's span down to the model's activity. */
class TracingTest {

  /** The tree of the fixture's run, as "parent > child" edges. */
  static final List<String> TREE =
      List.of(
          "- > request",
          "RunActivity:InvokeModel > chat gpt-4o",
          "RunActivity:InvokeModel > chat gpt-4o",
          "RunActivity:InvokeModel > chat gpt-4o-mini",
          "StartWorkflow:AskWorkflow > invoke_agent Triage",
          "chat gpt-4o > RunActivity:InvokeModel",
          "chat gpt-4o > RunActivity:InvokeModel",
          "chat gpt-4o-mini > RunActivity:InvokeModel",
          "execute_tool getWeather > RunActivity:Weather.get",
          "invoke_agent Triage > guardrail NoSecrets",
          "invoke_agent Triage > guardrail Polite",
          "invoke_agent Triage > turn 1",
          "invoke_agent Triage > turn 2",
          "invoke_agent Triage > turn 3",
          "request > StartWorkflow:AskWorkflow",
          "turn 1 > chat gpt-4o-mini",
          "turn 1 > handoff Triage -> Weather",
          "turn 2 > chat gpt-4o",
          "turn 2 > execute_tool getWeather",
          "turn 2 > execute_tool localTime",
          "turn 3 > chat gpt-4o");

  @Test
  void oneTraceFromTheClientToEveryActivity() {
    try (TracingFixture fixture = new TracingFixture(true, 600)) {
      assertEquals("Sunny in Tokyo at noon.", fixture.run("traced"));
      List<SpanData> spans = fixture.finished();

      assertEquals(TREE, TracingFixture.edges(spans));
      assertEquals(1, spans.stream().map(SpanData::getTraceId).distinct().count());
      assertEquals(spans.size(), spans.stream().map(SpanData::getSpanId).distinct().count());

      // The model call in the workflow, with GenAI attributes and tokens.
      SpanData chat = only(spans, "chat gpt-4o-mini", SpanKind.CLIENT, "invoke_agent");
      assertEquals("chat", chat.getAttributes().get(GenAiAttributes.OPERATION_NAME));
      assertEquals("gpt-4o-mini", chat.getAttributes().get(GenAiAttributes.REQUEST_MODEL));
      assertEquals("gpt-4o-mini", chat.getAttributes().get(GenAiAttributes.RESPONSE_MODEL));
      assertEquals("Triage", chat.getAttributes().get(GenAiAttributes.AGENT_NAME));
      assertEquals(10L, chat.getAttributes().get(GenAiAttributes.USAGE_INPUT_TOKENS));
      assertEquals(5L, chat.getAttributes().get(GenAiAttributes.USAGE_OUTPUT_TOKENS));
      assertEquals(
          List.of("tool_calls"), chat.getAttributes().get(GenAiAttributes.RESPONSE_FINISH_REASONS));
      assertNotNull(chat.getAttributes().get(GenAiAttributes.WORKFLOW_ID));

      // The model call on the worker, below its activity.
      SpanData served = only(spans, "chat gpt-4o-mini", SpanKind.CLIENT, "RunActivity");
      assertEquals(10L, served.getAttributes().get(GenAiAttributes.USAGE_INPUT_TOKENS));
      assertEquals("Triage", served.getAttributes().get(GenAiAttributes.AGENT_NAME));
      assertEquals(1L, served.getAttributes().get(GenAiAttributes.ACTIVITY_ATTEMPT));

      SpanData tool = named(spans, "execute_tool getWeather");
      assertEquals("execute_tool", tool.getAttributes().get(GenAiAttributes.OPERATION_NAME));
      assertEquals("getWeather", tool.getAttributes().get(GenAiAttributes.TOOL_NAME));
      assertEquals("call_w", tool.getAttributes().get(GenAiAttributes.TOOL_CALL_ID));
      assertEquals("Weather", tool.getAttributes().get(GenAiAttributes.AGENT_NAME));
      assertEquals("activity", tool.getAttributes().get(GenAiAttributes.TOOL_KIND));
      assertEquals(
          "workflow",
          named(spans, "execute_tool localTime").getAttributes().get(GenAiAttributes.TOOL_KIND));

      SpanData handoff = named(spans, "handoff Triage -> Weather");
      assertEquals("Weather", handoff.getAttributes().get(GenAiAttributes.HANDOFF_TO));
      SpanData guardrail = named(spans, "guardrail NoSecrets");
      assertEquals("input", guardrail.getAttributes().get(GenAiAttributes.GUARDRAIL_KIND));
      assertEquals(false, guardrail.getAttributes().get(GenAiAttributes.GUARDRAIL_TRIGGERED));

      SpanData run = named(spans, "invoke_agent Triage");
      assertEquals(30L, run.getAttributes().get(GenAiAttributes.USAGE_INPUT_TOKENS));
      // Workflow spans cover their step: the run holds its turns.
      for (SpanData turn : List.of(named(spans, "turn 1"), named(spans, "turn 3"))) {
        assertTrue(run.getStartEpochNanos() <= turn.getStartEpochNanos());
        assertTrue(turn.getEndEpochNanos() <= run.getEndEpochNanos());
      }
    }
  }

  @Test
  void replayingEveryTaskRecordsEachStepOnceInTheSameTree() {
    try (TracingFixture fixture = new TracingFixture(true, 0)) {
      assertEquals("Sunny in Tokyo at noon.", fixture.run("replayed"));
      List<SpanData> spans = fixture.finished();

      assertEquals(TREE, TracingFixture.edges(spans));
      assertEquals(spans.size(), spans.stream().map(SpanData::getSpanId).distinct().count());
      assertEquals(1, spans.stream().map(SpanData::getTraceId).distinct().count());
    }
  }

  @Test
  void withoutTheIdGeneratorWorkflowSpansAreChildrenOfTheWorkflowsParent() {
    try (TracingFixture fixture = new TracingFixture(false, 0)) {
      fixture.run("flat");
      List<SpanData> spans = fixture.finished();
      Map<String, SpanData> byId =
          spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
      Set<String> names = new HashSet<>();
      for (SpanData span : spans) {
        names.add(span.getName());
        if (!span.getName().equals("request")) {
          assertNotNull(byId.get(span.getParentSpanId()), span.getName() + " has no parent");
        }
      }
      assertTrue(names.containsAll(List.of("invoke_agent Triage", "turn 2", "guardrail Polite")));
      assertEquals(
          "StartWorkflow:AskWorkflow",
          byId.get(named(spans, "turn 2").getParentSpanId()).getName());
      assertEquals(1, spans.stream().map(SpanData::getTraceId).distinct().count());
      assertEquals(TREE.size(), spans.size());
    }
  }

  @Test
  void aFailedToolIsAnErrorSpanAndCounted() {
    try (TracingFixture fixture =
        new TracingFixture(true, 600, new TracingFixture.BrokenWeather())) {
      assertEquals("Sunny in Tokyo at noon.", fixture.run("broken"));
      List<SpanData> spans = fixture.finished();
      assertEquals(TREE, TracingFixture.edges(spans));

      SpanData tool = named(spans, "execute_tool getWeather");
      assertEquals(StatusCode.ERROR, tool.getStatus().getStatusCode());
      assertEquals("ToolError", tool.getAttributes().get(GenAiAttributes.ERROR_TYPE));
      SpanData activity = named(spans, "RunActivity:Weather.get");
      assertEquals(StatusCode.ERROR, activity.getStatus().getStatusCode());
      assertEquals("WeatherDown", activity.getAttributes().get(GenAiAttributes.ERROR_TYPE));
      assertEquals(
          StatusCode.UNSET, named(spans, "execute_tool localTime").getStatus().getStatusCode());

      MetricData failures = metric(fixture.metrics.collectAllMetrics(), MetricNames.TOOL_FAILURES);
      LongPointData point = failures.getLongSumData().getPoints().iterator().next();
      assertEquals(1L, point.getValue());
      assertEquals("getWeather", point.getAttributes().get(GenAiAttributes.TOOL_NAME));
    }
  }

  @Test
  void metricsCountTokensToolsAndRuns() {
    try (TracingFixture fixture = new TracingFixture(true, 600)) {
      fixture.run("metered");
      Collection<MetricData> metrics = fixture.metrics.collectAllMetrics();

      MetricData tokens = metric(metrics, MetricNames.TOKENS);
      assertEquals(10L, sum(tokens, "Triage", "input"));
      assertEquals(20L, sum(tokens, "Weather", "input"));
      assertEquals(10L, sum(tokens, "Weather", "output"));
      assertEquals(0L, sum(tokens, "Weather", "reasoning"));

      assertEquals(
          3L,
          metric(metrics, MetricNames.MODEL_DURATION).getHistogramData().getPoints().stream()
              .mapToLong(p -> p.getCount())
              .sum());
      assertEquals(
          2L,
          metric(metrics, MetricNames.TOOL_DURATION).getHistogramData().getPoints().stream()
              .mapToLong(p -> p.getCount())
              .sum());
      LongPointData runs =
          metric(metrics, MetricNames.RUNS).getLongSumData().getPoints().iterator().next();
      assertEquals(1L, runs.getValue());
      assertEquals("completed", runs.getAttributes().get(GenAiAttributes.RUN_OUTCOME));
      assertEquals("Triage", runs.getAttributes().get(GenAiAttributes.AGENT_NAME));
    }
  }

  private static MetricData metric(Collection<MetricData> metrics, String name) {
    return metrics.stream()
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name + " in " + metrics));
  }

  private static long sum(MetricData metric, String agent, String type) {
    return metric.getLongSumData().getPoints().stream()
        .filter(p -> agent.equals(p.getAttributes().get(GenAiAttributes.AGENT_NAME)))
        .filter(
            p -> type.equals(p.getAttributes().get(AttributeKey.stringKey("gen_ai.token.type"))))
        .mapToLong(LongPointData::getValue)
        .sum();
  }

  private static SpanData named(List<SpanData> spans, String name) {
    List<SpanData> found = spans.stream().filter(s -> s.getName().equals(name)).toList();
    assertEquals(1, found.size(), name + ": " + found);
    return found.get(0);
  }

  /** The one span of this name and kind whose parent's name starts with {@code parentPrefix}. */
  private static SpanData only(
      List<SpanData> spans, String name, SpanKind kind, String parentPrefix) {
    Map<String, SpanData> byId =
        spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    List<SpanData> found =
        spans.stream()
            .filter(s -> s.getName().equals(name) && s.getKind() == kind)
            .filter(
                s -> {
                  SpanData parent = byId.get(s.getParentSpanId());
                  return parent != null && parent.getName().startsWith(parentPrefix)
                      || parent != null
                          && parent.getName().startsWith("turn")
                          && parentPrefix.equals("invoke_agent");
                })
            .toList();
    assertEquals(1, found.size(), name + " under " + parentPrefix + ": " + found);
    return found.get(0);
  }
}
