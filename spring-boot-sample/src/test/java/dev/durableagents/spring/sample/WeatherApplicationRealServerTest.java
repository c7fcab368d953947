package dev.durableagents.spring.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.temporal.client.WorkflowClient;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sample on a real Temporal server ({@code TEMPORAL_ADDRESS}, e.g. {@code temporal server
 * start-dev}), with the offline model; skipped when {@code TEMPORAL_ADDRESS} is unset. Proves the
 * plugin reaches the client and workers of Temporal's starter through its service stubs.
 */
@SpringBootTest(
    properties = {
      "spring.temporal.test-server.enabled=false",
      "spring.temporal.connection.target=${TEMPORAL_ADDRESS}",
      "sample.task-queue=spring-weather-real-server-test",
      "durable-agents.openai.api-key=",
    })
class WeatherApplicationRealServerTest {

  @BeforeAll
  static void needsARealServer() {
    String address = System.getenv("TEMPORAL_ADDRESS");
    assumeTrue(address != null && !address.isBlank(), "TEMPORAL_ADDRESS is not set");
  }

  @Autowired WeatherService weather;
  @Autowired WorkflowClient client;

  @Test
  void answersOnTheRealServer() {
    String workflowId = "spring-weather-real-" + System.nanoTime();
    String answer = weather.ask(workflowId, "What's the weather in Lisbon?");

    assertTrue(answer.contains("Lisbon") && answer.contains("14-20C"), answer);
    assertEquals(
        List.of("InvokeModel", "WeatherTools.getWeather", "InvokeModel"),
        WeatherApplicationTest.activities(client, workflowId));
  }
}
