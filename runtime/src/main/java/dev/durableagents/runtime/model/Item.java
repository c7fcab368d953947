package dev.durableagents.runtime.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One item of a conversation, shaped like an item of OpenAI's Responses API: a message, a function
 * call the model made, or the output of that call. Items are plain serializable records: they are
 * what a model activity receives and returns, so they are what the workflow history shows.
 *
 * <p>Models of the Responses API also return reasoning ({@link Reasoning}), calls of hosted tools
 * ({@link HostedToolCall}) and the items of hosted MCP servers ({@link McpListTools}, {@link
 * McpApprovalRequest}); the run answers approval requests with {@link McpApprovalResponse}s. All of
 * them stay in the conversation and go back to the model as it returned them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Message.class, name = "message"),
  @JsonSubTypes.Type(value = FunctionCall.class, name = "function_call"),
  @JsonSubTypes.Type(value = FunctionCallOutput.class, name = "function_call_output"),
  @JsonSubTypes.Type(value = Reasoning.class, name = "reasoning"),
  @JsonSubTypes.Type(value = WebSearchCall.class, name = "web_search_call"),
  @JsonSubTypes.Type(value = FileSearchCall.class, name = "file_search_call"),
  @JsonSubTypes.Type(value = CodeInterpreterCall.class, name = "code_interpreter_call"),
  @JsonSubTypes.Type(value = ImageGenerationCall.class, name = "image_generation_call"),
  @JsonSubTypes.Type(value = McpCall.class, name = "mcp_call"),
  @JsonSubTypes.Type(value = McpListTools.class, name = "mcp_list_tools"),
  @JsonSubTypes.Type(value = McpApprovalRequest.class, name = "mcp_approval_request"),
  @JsonSubTypes.Type(value = McpApprovalResponse.class, name = "mcp_approval_response"),
})
public sealed interface Item
    permits Message,
        FunctionCall,
        FunctionCallOutput,
        Reasoning,
        HostedToolCall,
        McpListTools,
        McpApprovalRequest,
        McpApprovalResponse {}
