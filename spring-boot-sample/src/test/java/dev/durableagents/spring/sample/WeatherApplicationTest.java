package dev.durableagents.spring.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.durableagents.runtime.TestModel;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The sample on Temporal's embedded test server with the offline model. */
@SpringBootTest(
    properties = {
      "spring.temporal.test-server.enabled=true",
      "durable-agents.openai.api-key=", // the offline model, even where OPENAI_API_KEY is set
    })
class WeatherApplicationTest {

  @Autowired WeatherService weather;
  @Autowired WorkflowClient client;
  @Autowired TestModel model;

  @Test
  void answersWithTheToolBeansWeatherAsActivities() {
    String answer = weather.ask("weather-test", "What's the weather in Paris?");

    assertEquals("In Paris it is 14-20C and sunny with wind.", answer);
    assertEquals(2, model.requests().size());
    assertEquals(
        List.of("InvokeModel", "WeatherTools.getWeather", "InvokeModel"),
        activities(client, "weather-test"));
  }

  @Test
  void usesTheEmbeddedServerWithoutAnAddressAndTheGivenOneOtherwise() {
    assertEquals(
        Map.of("spring.temporal.test-server.enabled", "true"),
        WeatherApplication.temporalProperties(null));
    assertEquals(
        Map.of("spring.temporal.connection.target", "127.0.0.1:7233"),
        WeatherApplication.temporalProperties("127.0.0.1:7233"));
  }

  static List<String> activities(WorkflowClient client, String workflowId) {
    return client.fetchHistory(workflowId).getHistory().getEventsList().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .map(a -> a.getActivityType().getName())
        .collect(Collectors.toList());
  }
}
