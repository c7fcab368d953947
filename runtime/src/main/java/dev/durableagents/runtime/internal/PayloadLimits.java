package dev.durableagents.runtime.internal;

import dev.durableagents.runtime.PayloadTooLarge;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.ServerFailure;

/** Recognises the failures that say a payload was over a size limit, ours or the server's. */
final class PayloadLimits {

  private PayloadLimits() {}

  /**
   * What the failure says of the size, when {@code failure} (or a cause of it) is a payload refused
   * for its size: by the plugin's guard, or by the server ("Complete result exceeds size limit.");
   * otherwise {@code null}.
   */
  static String tooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure application
          && PayloadTooLarge.TYPE.equals(application.getType())) {
        return application.getOriginalMessage();
      }
      if (t instanceof ServerFailure server
          && server.getMessage() != null
          && server.getMessage().contains("exceeds size limit")) {
        return "the server refused it: "
            + server.getOriginalMessage()
            + " (Temporal's limit is 2 MB per payload by default)";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
