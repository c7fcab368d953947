package dev.durableagents.processor.validation;

import dev.durableagents.processor.model.ApprovalModel;
import java.time.Duration;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/** Reads the approval attributes of a {@code @FunctionTool}: needsApproval and its timeout. */
final class ApprovalOptions {

  /**
   * What was read.
   *
   * @param ok whether the attributes are valid (errors went to the report)
   * @param approval the approval, or {@code null} when calls need none
   */
  record Read(boolean ok, ApprovalModel approval) {}

  private ApprovalOptions() {}

  static Read read(ExecutableElement method, AnnotationMirror annotation, Report report) {
    boolean needsApproval = Annotations.bool(annotation, "needsApproval");
    String text = Annotations.string(annotation, "approvalTimeout");
    boolean approveOnTimeout = Annotations.bool(annotation, "approveOnTimeout");
    if (!needsApproval) {
      String set =
          !text.isEmpty() ? "approvalTimeout" : approveOnTimeout ? "approveOnTimeout" : null;
      if (set == null) {
        return new Read(true, null);
      }
      report.error(
          method,
          annotation,
          Annotations.explicit(annotation, set),
          ErrorMessages.APPROVAL_OPTION_WITHOUT_APPROVAL,
          set);
      return new Read(false, null);
    }
    if (text.isEmpty()) {
      if (approveOnTimeout) {
        report.error(
            method,
            annotation,
            Annotations.explicit(annotation, "approveOnTimeout"),
            ErrorMessages.APPROVE_ON_TIMEOUT_WITHOUT_TIMEOUT);
        return new Read(false, null);
      }
      return new Read(true, new ApprovalModel(null, null, false));
    }
    Duration timeout = Durations.parse(text);
    if (timeout == null) {
      AnnotationValue value = Annotations.explicit(annotation, "approvalTimeout");
      report.error(
          method, annotation, value, ErrorMessages.DURATION_INVALID, "approvalTimeout", text);
      return new Read(false, null);
    }
    return new Read(true, new ApprovalModel(timeout, text.trim(), approveOnTimeout));
  }
}
