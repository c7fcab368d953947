package dev.durableagents.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link MultiModelProvider} routes model names. */
class MultiModelProviderTest {

  static final Model OPENAI = request -> null;
  static final Model LOCAL = request -> null;

  @Test
  void routesByPrefixAndPassesTheRestOfTheName() {
    TestModelProvider openai = new TestModelProvider(OPENAI);
    TestModelProvider local = new TestModelProvider(LOCAL);
    MultiModelProvider provider =
        MultiModelProvider.newBuilder()
            .setDefaultProvider(openai)
            .addProvider("ollama", local)
            .build();

    assertSame(LOCAL, provider.getModel("ollama/llama3.2"));
    assertSame(LOCAL, provider.getModel("ollama/library/qwen:7b"));
    assertSame(OPENAI, provider.getModel("gpt-4o"));
    assertSame(OPENAI, provider.getModel(null));
    assertSame(OPENAI, provider.getModel("meta-llama/Llama-3.1-8B-Instruct"));

    assertEquals(List.of("llama3.2", "library/qwen:7b"), local.modelNames());
    assertEquals(
        Arrays.asList("gpt-4o", null, "meta-llama/Llama-3.1-8B-Instruct"), openai.modelNames());
  }

  @Test
  void aNameNoProviderServesFailsWithoutRetrying() {
    MultiModelProvider provider =
        MultiModelProvider.newBuilder()
            .addProvider("b", new TestModelProvider(LOCAL))
            .addProvider("a", new TestModelProvider(LOCAL))
            .build();

    ModelException e = assertThrows(ModelException.class, () -> provider.getModel("gpt-4o"));

    assertEquals(MultiModelProvider.NO_PROVIDER, e.type());
    assertFalse(e.retryable());
    assertEquals(
        "No model provider for model 'gpt-4o': prefix it with one of [a/, b/], or set a default"
            + " provider",
        e.getMessage());
    assertThrows(ModelException.class, () -> provider.getModel(null));
  }

  @Test
  void prefixesAreCheckedWhenAdded() {
    MultiModelProvider.Builder builder =
        MultiModelProvider.newBuilder().addProvider("a", new TestModelProvider(LOCAL));
    TestModelProvider any = new TestModelProvider(LOCAL);

    assertThrows(IllegalArgumentException.class, () -> builder.addProvider("a", any));
    assertThrows(IllegalArgumentException.class, () -> builder.addProvider("a/b", any));
    assertThrows(IllegalArgumentException.class, () -> builder.addProvider(" ", any));
  }
}
