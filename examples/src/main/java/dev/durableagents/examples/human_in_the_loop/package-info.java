/**
 * The {@code human_in_the_loop} sample: an agent whose refund tool waits for a person's approval
 * ({@code @FunctionTool(needsApproval = true)}). The run pauses durably, with no activity, until a
 * person approves or rejects each refund through the workflow's approval update; a rejection goes
 * back to the model as the tool's output, with the reason. Runs on {@link
 * dev.durableagents.examples.human_in_the_loop.HumanInTheLoopWorker#TASK_QUEUE}.
 */
package dev.durableagents.examples.human_in_the_loop;
