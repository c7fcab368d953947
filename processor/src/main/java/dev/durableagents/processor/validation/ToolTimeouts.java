package dev.durableagents.processor.validation;

import dev.durableagents.processor.model.ToolOptionsModel;
import java.time.Duration;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Timeouts of one {@code @FunctionTool} that contradict each other. */
final class ToolTimeouts {

  private ToolTimeouts() {}

  /**
   * Reports timeouts that cannot work together.
   *
   * @param durations start-to-close, schedule-to-close and heartbeat timeouts, {@code null} when
   *     unset
   * @return whether they are consistent
   */
  static boolean consistent(
      ExecutableElement method, AnnotationMirror annotation, Duration[] durations, Report report) {
    Duration startToClose = durations[0];
    Duration scheduleToClose = durations[1];
    Duration heartbeat = durations[2];
    boolean ok = true;
    if (startToClose != null
        && scheduleToClose != null
        && startToClose.compareTo(scheduleToClose) > 0) {
      report.error(
          method,
          annotation,
          Annotations.explicit(annotation, "startToCloseTimeout"),
          ErrorMessages.START_TO_CLOSE_TOO_LONG,
          Annotations.string(annotation, "startToCloseTimeout"),
          Annotations.string(annotation, "scheduleToCloseTimeout"));
      ok = false;
    }
    if (heartbeat != null) {
      String bound;
      Duration limit;
      if (startToClose != null) {
        bound = "startToCloseTimeout";
        limit = startToClose;
      } else if (scheduleToClose != null) {
        bound = "scheduleToCloseTimeout";
        limit = scheduleToClose;
      } else {
        bound = "default startToCloseTimeout";
        limit = ToolOptionsModel.DEFAULT_START_TO_CLOSE;
      }
      if (heartbeat.compareTo(limit) >= 0) {
        report.error(
            method,
            annotation,
            Annotations.explicit(annotation, "heartbeatTimeout"),
            ErrorMessages.HEARTBEAT_TIMEOUT_TOO_LONG,
            Annotations.string(annotation, "heartbeatTimeout"),
            bound,
            startToClose != null || scheduleToClose != null
                ? "\"" + Annotations.string(annotation, bound) + "\""
                : limit.toString());
        ok = false;
      }
    }
    return ok;
  }
}
