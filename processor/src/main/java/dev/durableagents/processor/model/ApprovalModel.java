package dev.durableagents.processor.model;

import java.time.Duration;

/**
 * How a tool's calls wait for a person, from {@code @FunctionTool(needsApproval = true)}.
 *
 * @param timeout how long a call waits before the default decision, or {@code null} for no timeout
 * @param timeoutText the timeout as written, for the model's message; or {@code null}
 * @param approveOnTimeout the default decision
 */
public record ApprovalModel(Duration timeout, String timeoutText, boolean approveOnTimeout) {}
