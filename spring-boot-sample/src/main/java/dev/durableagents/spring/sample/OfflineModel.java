package dev.durableagents.spring.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.TestModel;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.model.FunctionCallOutput;
import dev.durableagents.runtime.model.Item;
import dev.durableagents.runtime.model.Message;
import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The offline model, when no OpenAI key is configured ({@code durable-agents.openai.api-key} and
 * {@code OPENAI_API_KEY} unset): a scripted model that calls {@code getWeather} for the city of the
 * question, then answers with the tool's output. It replaces the starter's OpenAI provider, which
 * backs off when the application defines a {@link ModelProvider}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${durable-agents.openai.api-key:${OPENAI_API_KEY:}}'.isBlank()")
public class OfflineModel {

  /** Creates the configuration; Spring calls it. */
  public OfflineModel() {}

  /** The scripted model. */
  @Bean
  public TestModel offlineWeatherModel() {
    return TestModel.answering(OfflineModel::answer);
  }

  /** The provider of the scripted model. */
  @Bean
  public TestModelProvider offlineModelProvider(TestModel offlineWeatherModel) {
    return new TestModelProvider(offlineWeatherModel);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static ModelResponse answer(ModelRequest request) {
    List<Item> input = request.input();
    Item last = input.isEmpty() ? null : input.get(input.size() - 1);
    if (last instanceof FunctionCallOutput output) {
      try {
        Weather weather = JSON.readValue(output.output(), Weather.class);
        return TestModel.text(
            "In "
                + weather.city()
                + " it is "
                + weather.temperatureRange()
                + " and "
                + weather.conditions().toLowerCase(Locale.ROOT)
                + ".");
      } catch (JsonProcessingException e) {
        return TestModel.text("The weather: " + output.output());
      }
    }
    String question = "";
    for (Item item : input) {
      if (item instanceof Message message && message.role().equals("user")) {
        question = message.text();
      }
    }
    return TestModel.toolCall("getWeather", "{\"city\":\"" + cityOf(question) + "\"}");
  }

  /** The last capitalized word of the question, e.g. {@code Tokyo}; {@code Tokyo} if none. */
  static String cityOf(String question) {
    String city = "Tokyo";
    for (String word : question.split("[^\\p{L}]+")) {
      if (!word.isEmpty()
          && Character.isUpperCase(word.charAt(0))
          && !List.of("What", "What's", "How", "Is", "The", "In").contains(word)) {
        city = word;
      }
    }
    return city.toLowerCase(Locale.ROOT).equals("i") ? "Tokyo" : city;
  }
}
