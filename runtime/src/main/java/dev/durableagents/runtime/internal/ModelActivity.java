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

  /** The activity type name of a streamed model call, as it appears in history. */
  String INVOKE_MODEL_STREAMING = "InvokeModelStreaming";

  /** Calls the model once. */
  @ActivityMethod(name = INVOKE_MODEL)
  ModelResponse invokeModel(ModelRequest request);

  /**
   * Calls the model once, streaming: publishes the text as it arrives (heartbeat details and the
   * worker's {@link DeltaHub}) and returns the complete response, as {@link #invokeModel} does.
   *
   * @param callId the id the workflow gave the call, which subscribers match its text by
   */
  @ActivityMethod(name = INVOKE_MODEL_STREAMING)
  ModelResponse invokeModelStreaming(ModelRequest request, String callId);
}
