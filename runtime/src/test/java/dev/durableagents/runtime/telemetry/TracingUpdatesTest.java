package dev.durableagents.runtime.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.runtime.AgentDefinition;
import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.Runner;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.testing.AgentTestEnvironment;
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
import io.temporal.client.WorkflowStub;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chat: each message is an update whose agent run joins the trace of the update's caller. */
class TracingUpdatesTest {

  static final AgentDefinition CHAT = AgentDefinition.newBuilder("Chat").setModel("gpt-4o").build();

  @WorkflowInterface
  public interface ChatWorkflow {
    @WorkflowMethod
    void chat();

    @UpdateMethod
    String say(String message);

    @UpdateMethod
    void end();
  }

  public static class ChatWorkflowImpl implements ChatWorkflow {
    private boolean ended;

    @Override
    public void chat() {
      Workflow.await(() -> ended);
    }

    @Override
    public String say(String message) {
      return Runner.<String>run(CHAT, message).finalOutput();
    }

    @Override
    public void end() {
      ended = true;
    }
  }

  @Test
  void aRunInAnUpdateIsAChildOfTheUpdatesCaller() {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .setIdGenerator(ReplaySafeIdGenerator.create())
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    DurableAgentsPlugin plugin =
        DurableAgentsPlugin.newBuilder()
            .setModelProvider(
                new TestModelProvider(
                    TestModel.returning(TestModel.text("Hello!"), TestModel.text("Bye!"))))
            .setOpenTelemetry(sdk)
            .build();
    try (AgentTestEnvironment env = AgentTestEnvironment.create(plugin, 0)) {
      env.worker().registerWorkflowImplementationTypes(ChatWorkflowImpl.class);
      env.start();
      ChatWorkflow chat = env.newWorkflow(ChatWorkflow.class, "chat");
      WorkflowClient.start(chat::chat);
      for (String message : List.of("Hi", "Bye")) {
        Span turn = sdk.getTracer("test").spanBuilder("user says " + message).startSpan();
        try (Scope ignored = turn.makeCurrent()) {
          chat.say(message);
        } finally {
          turn.end();
        }
      }
      chat.end();
      WorkflowStub.fromTyped(chat).getResult(Void.class);
    }
    // Before the SDK closes: closing empties the in-memory exporter.
    List<SpanData> finished = spans.getFinishedSpanItems();
    sdk.close();
    List<String> edges =
        TracingFixture.edges(finished).stream()
            .filter(e -> !e.contains("StartWorkflowUpdate:end") && !e.contains("StartWorkflow:"))
            .toList();
    assertEquals(
        List.of(
            "- > user says Bye",
            "- > user says Hi",
            "RunActivity:InvokeModel > chat gpt-4o",
            "RunActivity:InvokeModel > chat gpt-4o",
            "StartWorkflowUpdate:say > invoke_agent Chat",
            "StartWorkflowUpdate:say > invoke_agent Chat",
            "chat gpt-4o > RunActivity:InvokeModel",
            "chat gpt-4o > RunActivity:InvokeModel",
            "invoke_agent Chat > turn 1",
            "invoke_agent Chat > turn 1",
            "turn 1 > chat gpt-4o",
            "turn 1 > chat gpt-4o",
            "user says Bye > StartWorkflowUpdate:say",
            "user says Hi > StartWorkflowUpdate:say"),
        edges);
    // Two traces, one per message, each whole.
    assertEquals(
        2,
        finished.stream()
            .filter(s -> s.getName().equals("invoke_agent Chat"))
            .map(SpanData::getTraceId)
            .distinct()
            .count());
  }
}
