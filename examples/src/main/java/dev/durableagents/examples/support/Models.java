package dev.durableagents.examples.support;

import dev.durableagents.runtime.DurableAgentsPlugin;
import dev.durableagents.runtime.Model;
import dev.durableagents.runtime.ModelActivityOptions;
import dev.durableagents.runtime.ModelProvider;
import dev.durableagents.runtime.TestModelProvider;
import dev.durableagents.runtime.openai.OpenAIProvider;
import java.time.Duration;
import java.util.Map;

/**
 * Which model the samples talk to: OpenAI when {@code OPENAI_API_KEY} is set, else a scripted
 * offline model that plays the sample's script.
 */
public final class Models {

  private Models() {}

  /**
   * A model provider and a line saying which it is.
   *
   * @param provider the provider
   * @param description the line, starting with {@code "Model: "}
   */
  public record Choice(ModelProvider provider, String description) {}

  /** OpenAI when {@code OPENAI_API_KEY} is set, else {@code offlineModel}. */
  public static Choice fromEnvironment(Model offlineModel, Map<String, String> env) {
    String key = env.get("OPENAI_API_KEY");
    if (key != null && !key.isBlank()) {
      return openAI(env);
    }
    return new Choice(
        new TestModelProvider(offlineModel),
        "Model: offline scripted model (OPENAI_API_KEY is not set; set it to use OpenAI)");
  }

  /**
   * OpenAI, configured from {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_MODEL}.
   */
  public static Choice openAI(Map<String, String> env) {
    String model = env.getOrDefault("OPENAI_MODEL", "the provider's default model");
    return new Choice(OpenAIProvider.fromEnvironment(), "Model: OpenAI (" + model + ")");
  }

  /**
   * The agents plugin of the samples: a model call may take two minutes before it is retried, the
   * longest timeout of the Python samples (the research bot's writer produces long reports; the
   * basic samples there use 30 seconds).
   */
  public static DurableAgentsPlugin plugin(Choice choice) {
    return pluginBuilder(choice).build();
  }

  /** A builder of {@link #plugin}, for samples that add to it. */
  public static DurableAgentsPlugin.Builder pluginBuilder(Choice choice) {
    return DurableAgentsPlugin.newBuilder()
        .setModelProvider(choice.provider())
        .setModelActivityOptions(
            ModelActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(120))
                .build());
  }
}
