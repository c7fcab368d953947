package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.ConversationCache;
import dev.durableagents.runtime.ModelProvider;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Model activities for tests in other packages, with a history source the test controls. */
public final class ModelActivities {

  private ModelActivities() {}

  /**
   * A model activity that rebuilds the conversations its cache misses from {@code histories} (by
   * workflow id and run id), which may fail.
   */
  public static ModelActivity withHistories(
      ModelProvider provider,
      ConversationCache cache,
      Supplier<DataConverter> converter,
      BiFunction<String, String, WorkflowExecutionHistory> histories) {
    return new ModelActivityImpl(() -> provider, cache, converter, histories);
  }
}
