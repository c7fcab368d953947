package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.model.ModelRequest;
import dev.durableagents.runtime.model.ModelResponse;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** The activity every model call runs as; the plugin registers it on every worker. */
@ActivityInterface
public interface ModelActivity {

  /** The activity type name, as it appears in history. */
  String INVOKE_MODEL = "InvokeModel";

  /** Calls the model once. */
  @ActivityMethod(name = INVOKE_MODEL)
  ModelResponse invokeModel(ModelRequest request);
}
