package dev.durableagents.spring.boot;

import dev.durableagents.runtime.DurableAgentsPlugin;

/**
 * A bean that adjusts the {@link DurableAgentsPlugin} the starter builds, after the properties are
 * applied: for what properties do not express (external storage, a conversation cache, history
 * limits, a summary provider, retry options).
 *
 * <pre>{@code
 * @Bean
 * DurableAgentsPluginCustomizer limits() {
 *   return builder -> builder.setHistoryLimits(20_000, 20L * 1024 * 1024);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface DurableAgentsPluginCustomizer {

  /** Adjusts {@code builder}; called once, in bean order. */
  void customize(DurableAgentsPlugin.Builder builder);
}
