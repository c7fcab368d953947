package dev.durableagents.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.durableagents.processor.model.ApprovalModel;
import java.time.Duration;

/** The builder calls that make a tool's calls wait for approval. */
final class ApprovalCode {

  private ApprovalCode() {}

  /** {@code .setNeedsApproval(true)}, and {@code .setApprovalTimeout(...)} when it has one. */
  static CodeBlock of(ApprovalModel approval) {
    CodeBlock.Builder code = CodeBlock.builder().add(".setNeedsApproval(true)");
    if (approval.timeout() != null) {
      CodeBlock after = CodeBlock.of("$T.parse($S)", Duration.class, approval.timeout().toString());
      if (approval.approveOnTimeout()) {
        code.add(".setApprovalTimeout($T.approveAfter($L))", RuntimeNames.APPROVAL_TIMEOUT, after);
      } else {
        code.add(
            ".setApprovalTimeout($T.rejectAfter($L, $S))",
            RuntimeNames.APPROVAL_TIMEOUT,
            after,
            "nobody decided within " + approval.timeoutText());
      }
    }
    return code.build();
  }
}
