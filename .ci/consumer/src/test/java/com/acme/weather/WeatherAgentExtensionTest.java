package com.acme.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.testing.DurableAgentsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's JUnit 5 test with the testing kit's extension, in a project of a user's own. */
class WeatherAgentExtensionTest {

  @RegisterExtension
  static DurableAgentsExtension agents = DurableAgentsExtension.newBuilder()
      .register(worker -> AgentsModule.register(worker, new WeatherToolsImpl()))
      .build();

  @Test
  void theToolRunsAsAnActivityBetweenTwoModelCalls() {
    agents.script(
        TestModel.toolCall("getWeather", "{\"city\":\"Tokyo\"}"),
        TestModel.text("It is sunny in Tokyo."));
    String answer = agents.newAgent(WeatherAgentWorkflow.class).ask("Weather in Tokyo?");
    assertEquals("It is sunny in Tokyo.", answer);
    agents.history().assertActivities("InvokeModel", "WeatherTools.getWeather", "InvokeModel");
  }
}
