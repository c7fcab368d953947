package dev.durableagents.spring.sample;

import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.TestModelProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot sample: a worker of Temporal's starter that runs {@link WeatherAgent}, and a
 * client that asks it one question and prints the answer.
 *
 * <p>Run it from the repository root with {@code mvn -B -ntp -q -pl spring-boot-sample -am compile
 * exec:java} (a question as {@code -Dexec.args="How is the weather in Paris"}). Without {@code
 * TEMPORAL_ADDRESS} it runs on Temporal's embedded test server; without {@code OPENAI_API_KEY} on a
 * scripted offline model.
 */
@SpringBootApplication
public class WeatherApplication {

  /** Creates the application; Spring calls it. */
  public WeatherApplication() {}

  /** Starts the application, asks the agent, prints the answer, and stops. */
  public static void main(String[] args) {
    String address = System.getenv("TEMPORAL_ADDRESS");
    SpringApplication application = new SpringApplication(WeatherApplication.class);
    application.setDefaultProperties(temporalProperties(address));
    String question = args.length > 0 ? String.join(" ", args) : "What's the weather in Tokyo?";
    int status;
    try (ConfigurableApplicationContext context = application.run()) {
      ModelProvider model = context.getBean(ModelProvider.class);
      System.out.println(
          "Model: "
              + (model instanceof TestModelProvider
                  ? "offline scripted model (OPENAI_API_KEY is not set; set it to use OpenAI)"
                  : "OpenAI (" + model + ")"));
      System.out.println(
          "Temporal: "
              + (blank(address)
                  ? "embedded Temporal test server (TEMPORAL_ADDRESS is not set)"
                  : "the server at " + address));
      System.out.println();
      System.out.println("Q: " + question);
      String answer =
          context
              .getBean(WeatherService.class)
              .ask("spring-weather-" + System.currentTimeMillis(), question);
      System.out.println("A: " + answer);
      status = SpringApplication.exit(context);
    }
    System.exit(status);
  }

  /**
   * Temporal's starter properties for {@code address}: the embedded test server when blank, else
   * that server.
   */
  static Map<String, Object> temporalProperties(String address) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (blank(address)) {
      properties.put("spring.temporal.test-server.enabled", "true");
    } else {
      properties.put("spring.temporal.connection.target", address);
    }
    return properties;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
