package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.model.ContentPart;
import dev.durableagents.runtime.model.FunctionCall;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.FunctionToolSpec;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import dev.durableagents.runtime.model.ModelSettings;
import dev.durableagents.runtime.model.OutputSchema;
import dev.durableagents.runtime.model.Usage;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import java.util.List;
import java.util.Optional;

/**
 * Converts a model request and response once, on the thread that creates a worker, so that the data
 * converter's one-time setup for these records (Jackson's serializer creation and class
 * initialization) does not happen in the first workflow task: there, on a busy machine, it could
 * take longer than the deadlock detector's one second and fail the task.
 */
public final class ConverterWarmUp {

  private ConverterWarmUp() {}

  /** Converts a sample request and response with {@code converter}, once. */
  public static void warmUp(DataConverter converter) {
    String schema =
        "{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}";
    List<Item> items =
        List.of(
            Message.user("warm-up"),
            new Message("assistant", List.of(new ContentPart.OutputText("warm-up")), "msg"),
            new FunctionCall("call", "tool", "{}", "fc"),
            new FunctionCallOutput("call", "output"));
    ModelRequest request =
        new ModelRequest(
            "warm-up",
            "model",
            "instructions",
            items,
            ModelSettings.DEFAULT,
            List.of(new FunctionToolSpec("tool", "warm-up", Json.parseObject(schema), true)),
            List.of(),
            new OutputSchema("WarmUp", Json.parseObject(schema), true, false),
            null);
    ModelResponse response = new ModelResponse(items, Usage.ofRequest(1, 1), "resp");
    roundTrip(converter, request, ModelRequest.class);
    roundTrip(converter, response, ModelResponse.class);
  }

  private static <T> void roundTrip(DataConverter converter, T value, Class<T> type) {
    Optional<Payload> payload = converter.toPayload(value);
    payload.ifPresent(p -> converter.fromPayload(p, type, type));
  }
}
