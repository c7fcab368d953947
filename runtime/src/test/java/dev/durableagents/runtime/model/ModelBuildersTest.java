package dev.durableagents.runtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.durableagents.runtime.internal.Json;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code toBuilder().build()} keeps every component of {@link ModelSettings} and {@link
 * ModelRequest}: each is set to a value that differs from its default, found by reflection, so a
 * component added to the record but not to its builder fails here instead of being dropped.
 */
class ModelBuildersTest {

  @Test
  void modelSettingsToBuilderKeepsEveryComponent() throws Exception {
    ModelSettings full = everyComponentSet(ModelSettings.class);

    assertEquals(full, full.toBuilder().build());
    assertNotEquals(ModelSettings.DEFAULT, full);
  }

  @Test
  void modelRequestToBuilderKeepsEveryComponent() throws Exception {
    ModelRequest full = everyComponentSet(ModelRequest.class);

    assertEquals(full, full.toBuilder().build());
  }

  @Test
  void modelSettingsBuilderSetsEachValue() {
    ModelSettings settings =
        ModelSettings.newBuilder()
            .setTemperature(0.5)
            .setToolChoice("auto")
            .setReasoningSummary("concise")
            .build();

    assertEquals(new ModelSettings(0.5, null, null, "auto", null, null, null, "concise"), settings);
    assertEquals(ModelSettings.DEFAULT, ModelSettings.newBuilder().build());
  }

  @Test
  void modelRequestBuilderDefaultsAsTheConstructorDoes() {
    ModelRequest built =
        ModelRequest.newBuilder().setAgentName("A").setInput(List.of(Message.user("Hi"))).build();

    assertEquals(
        new ModelRequest(
            "A", null, null, List.of(Message.user("Hi")), null, null, null, null, null),
        built);
  }

  private static <T extends Record> T everyComponentSet(Class<T> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values.add(sample(components[i]));
    }
    Constructor<T> canonical = type.getDeclaredConstructor(types);
    return canonical.newInstance(values.toArray());
  }

  private static Object sample(RecordComponent component) throws Exception {
    Class<?> raw = component.getType();
    if (raw == String.class) {
      return component.getName() + "-value";
    }
    if (raw == Double.class) {
      return 0.25;
    }
    if (raw == Integer.class) {
      return 42;
    }
    if (raw == Boolean.class) {
      return Boolean.TRUE;
    }
    if (raw == Map.class) {
      return Map.of("key", "value");
    }
    if (raw == ModelSettings.class) {
      return everyComponentSet(ModelSettings.class);
    }
    if (raw == ConversationRef.class) {
      return new ConversationRef("wf/run/2", "wf/run/1", 3);
    }
    if (raw == OutputSchema.class) {
      return new OutputSchema("Out", Json.parseObject("{\"type\":\"object\"}"), true, false);
    }
    if (raw == List.class) {
      Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
      if (element == Item.class) {
        return List.of(Message.user("Hi"));
      }
      if (element == FunctionToolSpec.class) {
        return List.of(
            new FunctionToolSpec(
                component.getName(), "d", Json.parseObject("{\"type\":\"object\"}"), true));
      }
      if (element == HostedTool.class) {
        return List.of(HostedTool.webSearch());
      }
    }
    return fail("no sample value for " + component + ": add one, and the component to the builder");
  }
}
