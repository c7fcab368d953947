package dev.durableagents.runtime.internal;

/**
 * What one attempt of a streaming model call has produced so far: its whole text and reasoning, not
 * the last pieces. The streaming model activity sends it as its heartbeat details (where {@code
 * DescribeWorkflowExecution} shows it, on any server, to any process) and publishes it to the
 * worker's {@link DeltaHub}. Snapshots are cumulative, so a subscriber that misses some sees the
 * missing text in the next one: it emits what lies beyond what it has already emitted.
 *
 * @param workflowId the workflow whose run made the call
 * @param callId the id the workflow gave the call ({@code da-stream-<n>})
 * @param attempt the activity attempt, from 1
 * @param text the text of the assistant messages so far
 * @param reasoning the reasoning text so far
 * @param done whether the attempt has returned its response
 */
public record StreamSnapshot(
    String workflowId, String callId, int attempt, String text, String reasoning, boolean done) {}
